// On every page where service workers run: registers the edition's worker once the page has loaded
// (the worker fetches nothing of the edition until asked). The offline controls' code comes on the
// first press of "Keep this edition offline", or on a page the worker already controls, where it is
// served from the worker's cache: to say the page is a kept copy, since when the edition is kept, or
// that a newer version waits. The worker's address is the footer's (sitePath, at build time), so this
// module, on every page, imports nothing.

export function registerOfflineWorker(): void {
  const workers = navigator.serviceWorker;
  const keep = document.querySelector<HTMLElement>(".offline-keep");
  const address = keep?.dataset["worker"];
  // navigator.serviceWorker exists only in a secure context (https, or localhost).
  if (!workers || !keep || !address) return;
  const controls = () => import("./offline-controls.ts");
  // At the top of the edition, the worker's default scope is the edition and nothing more. A module
  // runs before the page's load event, after which the worker is registered.
  // A browser that refuses (a private window, a policy) keeps the page as it is, without a worker.
  addEventListener("load", () => void workers.register(address).catch(() => undefined), { once: true });
  keep
    .querySelector(".offline-open")
    ?.addEventListener("click", () => void controls().then((c) => c.openKeepPanel()), { once: true });
  if (workers.controller) void controls().then((c) => c.watchThisVisit());
}

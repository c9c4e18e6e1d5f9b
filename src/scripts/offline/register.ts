// On every page where service workers run: registers the edition's worker (it fetches nothing of the
// edition until asked) and loads the offline controls' code only when there is something to show.
import { sitePath } from "../../lib/urls.ts";
import { FROM_CACHE_METRIC, KEPT_FLAG } from "./protocol.ts";

const controls = () => import("./offline-controls.ts");

export function registerOfflineWorker(): void {
  const workers = navigator.serviceWorker;
  if (!workers || !isSecureContext) return;
  const hadController = Boolean(workers.controller);
  // After the page's own load, so that the worker never competes with what the reader asked for.
  const register = () =>
    void workers.register(sitePath("sw.js"), { scope: sitePath() }).then((registration) => {
      // A waiting worker is a newer build, fully fetched: offer it (never on a first install).
      const offer = () => hadController && void controls().then((c) => c.offerNewVersion(registration));
      const watch = (next: ServiceWorker | null) =>
        next?.addEventListener("statechange", () => next.state === "installed" && offer());
      if (registration.waiting) offer();
      else watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
    });
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
  document
    .querySelector("[data-offline-open]")
    ?.addEventListener("click", () => void controls().then((c) => c.openKeepPanel()), { once: true });
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const fromCache = navigation?.serverTiming?.find((metric) => metric.name === FROM_CACHE_METRIC);
  if (fromCache) void controls().then((c) => c.showServedFromCache(fromCache.description));
  else if (hadController && keptFlag()) void controls().then((c) => c.showKeptState());
}

function keptFlag(): boolean {
  try {
    return localStorage.getItem(KEPT_FLAG) !== null;
  } catch {
    return false;
  }
}

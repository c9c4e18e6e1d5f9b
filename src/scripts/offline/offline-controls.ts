// The offline controls in the footer (components/OfflineKeep.astro) and the notices at the foot of the
// window: loaded by register.ts only when a reader presses "Keep this edition offline", when the page
// came from the worker's caches, when the edition is kept, or when a newer version is waiting.
import { readableSize } from "../../lib/offline/readable-size.ts";
import { KEPT_FLAG, type OfflineReply, type OfflineRequest } from "./protocol.ts";

const KEEP_INTRO = "Keep the whole edition on this device, search included, to read it without a network.";
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

const part = <T extends Element>(selector: string) => document.querySelector<T>(selector);

function setKeptFlag(kept: boolean): void {
  try {
    if (kept) localStorage.setItem(KEPT_FLAG, "1");
    else localStorage.removeItem(KEPT_FLAG);
  } catch {
    // Storage refused (a private window): the page asks the worker instead.
  }
}

/** A day as readers write it, "1 December 2026"; an unreadable stamp says so rather than inventing one. */
export function keptDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "an unknown day" : longDate.format(date);
}

/** Sends a request to the active worker; every answer it sends back goes to `onReply`. */
async function ask(request: OfflineRequest, onReply: (reply: OfflineReply) => void): Promise<void> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error("the offline worker is not running");
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => onReply(event.data);
  worker.postMessage(request, [channel.port2]);
}

function button(label: string, onPress: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = "offline-button";
  element.textContent = label;
  element.addEventListener("click", onPress);
  return element;
}

/** Puts the footer's controls in one state: its sentence, its buttons, an announcement. */
function render(state: string, buttons: HTMLButtonElement[], announcement = ""): void {
  const stateText = part<HTMLElement>("[data-offline-state]");
  const actions = part<HTMLElement>("[data-offline-actions]");
  const status = part<HTMLElement>("[data-offline-status]");
  if (stateText) stateText.textContent = state;
  const hadFocus = actions?.contains(document.activeElement) ?? false;
  actions?.replaceChildren(...buttons);
  if (hadFocus) buttons[0]?.focus();
  if (status) status.textContent = announcement;
  part<HTMLProgressElement>("[data-offline-progress]")?.setAttribute("hidden", "");
}

function renderKeep(announcement = ""): void {
  render(KEEP_INTRO, [button("Keep this edition offline", () => void openKeepPanel())], announcement);
}

function renderKept(keptAt: string, announcement = ""): void {
  setKeptFlag(true);
  render(
    `Available offline since ${keptDay(keptAt)}: every page and search open on this device without a network.`,
    [button("Remove the offline copy", () => void remove())],
    announcement,
  );
}

function failed(reason: string): void {
  renderKeep(`The download stopped (${reason}). Nothing was kept; you can try again.`);
}

/** The reader asked to keep the edition: say how large it is before anything is downloaded. */
export async function openKeepPanel(): Promise<void> {
  await ask({ type: "status" }, (reply) => {
    if (reply.type !== "status") return;
    if (reply.keptAt) return renderKept(reply.keptAt);
    const size = readableSize(reply.bytes);
    render(
      `The whole edition is ${size} (${reply.files} files): every review, the home page, and search with its index. It stays on this device until you remove it.`,
      [button(`Download ${size}`, () => void download()), button("Not now", () => renderKeep())],
    );
  }).catch((error: unknown) => failed(String(error)));
}

async function download(): Promise<void> {
  const progress = part<HTMLProgressElement>("[data-offline-progress]");
  const status = part<HTMLElement>("[data-offline-status]");
  part<HTMLElement>("[data-offline-actions]")
    ?.querySelectorAll("button")
    .forEach((b) => (b.disabled = true));
  if (status) status.textContent = "Downloading the edition…";
  let announcedTenth = 0;
  await ask({ type: "keep" }, (reply) => {
    if (reply.type === "progress") {
      progress?.removeAttribute("hidden");
      if (progress) {
        progress.max = reply.bytesTotal;
        progress.value = reply.bytesDone;
      }
      // Announced each tenth of the way, not at every file.
      const tenth = Math.floor((reply.bytesDone / reply.bytesTotal) * 10);
      if (status && tenth > announcedTenth && reply.done < reply.total) {
        announcedTenth = tenth;
        status.textContent = `Downloading: ${readableSize(reply.bytesDone)} of ${readableSize(reply.bytesTotal)} (${reply.done} of ${reply.total} files).`;
      }
    } else if (reply.type === "kept") {
      renderKept(reply.keptAt, "The edition is kept on this device: it opens without a network.");
    } else if (reply.type === "failed") failed(reply.reason);
  }).catch((error: unknown) => failed(String(error)));
}

async function remove(): Promise<void> {
  await ask({ type: "remove" }, (reply) => {
    if (reply.type === "removed") {
      setKeptFlag(false);
      renderKeep("The offline copy was removed from this device.");
    } else if (reply.type === "failed") renderKeep(`The offline copy could not be removed (${reply.reason}).`);
  }).catch((error: unknown) => renderKeep(`The offline copy could not be removed (${String(error)}).`));
}

/** On load when the edition is kept: the footer says since when. */
export async function showKeptState(): Promise<void> {
  await ask({ type: "status" }, (reply) => {
    if (reply.type !== "status") return;
    if (reply.keptAt) renderKept(reply.keptAt);
    else setKeptFlag(false);
  }).catch(() => undefined);
}

/** A line at the foot of the window, announced politely, with its buttons. */
function notice(text: string, buttons: HTMLButtonElement[]): void {
  const bar = part<HTMLElement>("[data-offline-notice]");
  if (!bar) return;
  const words = document.createElement("p");
  words.textContent = text;
  const close = button("Close", () => bar.replaceChildren());
  close.setAttribute("aria-label", "Close this notice");
  bar.replaceChildren(words, ...buttons, close);
}

/** The page came from the worker's caches, the network being gone: say so, and from when. */
export function showServedFromCache(keptAt: string): void {
  notice(`Offline — the copy kept on ${keptDay(keptAt)}.`, []);
  void showKeptState();
}

/** A newer build is fetched and waiting: offer to reload into it. */
export function offerNewVersion(registration: ServiceWorkerRegistration): void {
  notice("A newer version of this edition is available.", [
    button("Reload", () => {
      const waiting = registration.waiting;
      if (!waiting) return location.reload();
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "skip-waiting" } satisfies OfflineRequest);
    }),
  ]);
}

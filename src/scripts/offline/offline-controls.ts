// The offline controls in the footer (components/OfflineKeep.astro) and the notices at the foot of the
// window, loaded by register.ts. Their styles come with this code (offline-controls.css), as the Cite
// dialog's do: the page carries only the footer's button.
import controlsStylesheet from "../../styles/offline-controls.css?url";
import { readableSize } from "../../lib/offline/readable-size.ts";
import { FROM_CACHE_METRIC, type OfflineReply, type OfflineRequest } from "../../lib/offline/protocol.ts";

const KEEP_INTRO = "Read this edition without a network, search included.";
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** A day as readers write it, "1 December 2026"; an unreadable stamp says so rather than inventing one. */
export function keptDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "an unknown day" : longDate.format(date);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

/** The parts this code adds, once: its stylesheet, the live region, the progress bar, the notice bar. */
const parts = (() => {
  const link = element("link", "");
  link.rel = "stylesheet";
  link.href = controlsStylesheet;
  document.head.append(link);
  const keep = document.querySelector<HTMLElement>(".offline-keep");
  const status = element("p", "offline-status");
  status.setAttribute("role", "status");
  const progress = element("progress", "offline-progress");
  progress.hidden = true;
  progress.setAttribute("aria-label", "Downloading the edition");
  keep?.append(progress, status);
  const notice = element("div", "offline-notice");
  notice.setAttribute("role", "status");
  document.body.append(notice);
  return {
    keep,
    state: keep?.querySelector<HTMLElement>(".offline-state") ?? null,
    actions: keep?.querySelector<HTMLElement>(".offline-actions") ?? null,
    status,
    progress,
    notice,
  };
})();

/** Live regions just added may not be heard at once: what they say is set a moment later. */
const announce = (region: HTMLElement, text: string) => setTimeout(() => (region.textContent = text), 150);

/** Sends a request to the active worker; every answer it sends back goes to `onReply`. */
async function ask(request: OfflineRequest, onReply: (reply: OfflineReply) => void): Promise<void> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error("the offline worker is not running");
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => onReply(event.data);
  worker.postMessage(request, [channel.port2]);
}

function button(label: string, onPress: () => void): HTMLButtonElement {
  const made = element("button", "offline-button");
  made.type = "button";
  made.textContent = label;
  made.addEventListener("click", onPress);
  return made;
}

/** Puts the footer's controls in one state: its sentence, its buttons, an announcement. */
function render(state: string, buttons: HTMLButtonElement[], announcement = ""): void {
  if (parts.state) parts.state.textContent = state;
  const hadFocus = parts.actions?.contains(document.activeElement) ?? false;
  parts.actions?.replaceChildren(...buttons);
  if (hadFocus) buttons[0]?.focus();
  parts.progress.hidden = true;
  announce(parts.status, announcement);
}

const renderKeep = (announcement = "") =>
  render(KEEP_INTRO, [button("Keep this edition offline", () => void openKeepPanel())], announcement);

const renderKept = (keptAt: string, announcement = "") =>
  render(
    `Available offline since ${keptDay(keptAt)}: every page and search open on this device without a network.`,
    [button("Remove the offline copy", () => void remove())],
    announcement,
  );

const failed = (reason: string) => renderKeep(`The download stopped (${reason}). Nothing was kept; you can try again.`);

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
  const { progress, status } = parts;
  parts.actions?.querySelectorAll("button").forEach((b) => (b.disabled = true));
  status.textContent = "Downloading the edition…";
  // Asked for the reader's own copy, so that the browser does not clear it to make room.
  void navigator.storage?.persist?.().catch(() => false);
  let announcedTenth = 0;
  await ask({ type: "keep" }, (reply) => {
    if (reply.type === "progress") {
      progress.hidden = false;
      progress.max = reply.bytesTotal;
      progress.value = reply.bytesDone;
      // Announced each tenth of the way, not at every file.
      const tenth = Math.floor((reply.bytesDone / reply.bytesTotal) * 10);
      if (tenth > announcedTenth && reply.done < reply.total) {
        announcedTenth = tenth;
        status.textContent = `Downloading: ${readableSize(reply.bytesDone)} of ${readableSize(reply.bytesTotal)} (${reply.done} of ${reply.total} files).`;
      }
    } else if (reply.type === "kept") {
      renderKept(reply.keptAt, "The edition is kept on this device: it opens without a network.");
    } else if (reply.type === "failed") failed(reply.reason);
  }).catch((error: unknown) => failed(String(error)));
}

async function remove(): Promise<void> {
  const notRemoved = (reason: string) => renderKeep(`The offline copy could not be removed (${reason}).`);
  await ask({ type: "remove" }, (reply) => {
    if (reply.type === "removed") renderKeep("The offline copy was removed from this device.");
    else if (reply.type === "failed") notRemoved(reply.reason);
  }).catch((error: unknown) => notRemoved(String(error)));
}

/** A line at the foot of the window, announced politely, with its buttons and a Close. */
function notice(text: string, buttons: HTMLButtonElement[]): void {
  const words = element("p", "");
  const close = button("Close", () => parts.notice.replaceChildren());
  close.setAttribute("aria-label", "Close this notice");
  setTimeout(() => {
    words.textContent = text;
    parts.notice.replaceChildren(words, ...buttons, close);
  }, 150);
}

/** A newer build is fetched and waiting: offer to reload into it. */
function offerNewVersion(registration: ServiceWorkerRegistration): void {
  notice("A newer version of this edition is available.", [
    button("Reload", () => {
      const waiting = registration.waiting;
      if (!waiting) return location.reload();
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "skip-waiting" } satisfies OfflineRequest);
    }),
  ]);
}

/**
 * On a page the worker controls: whether it came from a cache (the network gone), whether the
 * edition is kept, and whether a newer build is installed or installing.
 */
export async function watchThisVisit(): Promise<void> {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const fromCache = navigation?.serverTiming?.find((metric) => metric.name === FROM_CACHE_METRIC);
  if (fromCache) notice(`Offline — the copy kept on ${keptDay(fromCache.description)}.`, []);
  void ask({ type: "status" }, (reply) => reply.type === "status" && reply.keptAt && renderKept(reply.keptAt)).catch(
    () => undefined,
  );
  const registration = await navigator.serviceWorker.ready;
  const offer = () => offerNewVersion(registration);
  const watch = (next: ServiceWorker | null) =>
    next?.addEventListener("statechange", () => next.state === "installed" && offer());
  if (registration.waiting) offer();
  else watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
}

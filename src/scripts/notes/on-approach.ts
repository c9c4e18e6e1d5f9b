/**
 * The note popovers' code (./popovers.ts, ~1.4 KB) is not part of the page's first load: it is
 * fetched once a note reference comes within a screen of the reader's view, so that by the time a
 * reader who scrolled there presses it, it is there and the note opens at once, even on a slow phone;
 * or sooner, at a reader's first reach for one (a pointer over it, focus, a press). A press (click,
 * tap, Enter, Space) made before the code has arrived (a page opened at a reference's paragraph)
 * waits for it and is then made again, so it opens the note; a mouse that came to rest on a reference
 * opens its note as a resting mouse does. Until then, and without the Popover API, a reference is
 * the plain link to its note that it is without script.
 */
import { NOTE_REF, noteRefAt } from "./note-refs.ts";

export function initNotesOnApproach(load: () => Promise<void>): void {
  if (!document.querySelector(NOTE_REF) || !Object.hasOwn(HTMLElement.prototype, "popover")) return;
  let loading: Promise<void> | undefined;
  let loaded = false;
  const start = (): Promise<void> =>
    (loading ??= load().then(
      () => void (loaded = true),
      // Not fetched (the reader went offline): the links still work, and the next approach tries again.
      () => void (loading = undefined),
    ));

  // A screen ahead of the reader: the code's round trip is over before they reach the reference.
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      void start();
    },
    { rootMargin: "100% 0px" },
  );
  for (const ref of document.querySelectorAll(NOTE_REF)) near.observe(ref);

  document.addEventListener("pointerover", (event) => {
    const ref = noteRefAt(event.target);
    if (!ref || loaded) return;
    void start().then(() => {
      // The pointer entered before popovers.ts listened: tell it, if the mouse is resting there still.
      if (event.pointerType === "mouse" && ref.matches(":hover"))
        ref.dispatchEvent(new PointerEvent("pointerenter", { pointerType: "mouse" }));
    });
  });
  document.addEventListener("focusin", (event) => {
    if (noteRefAt(event.target) && !loaded) void start();
  });
  /** A press before the code arrived: held, then made again for popovers.ts to answer. */
  const hold = (event: Event, ref: HTMLAnchorElement) => {
    event.preventDefault();
    void start().then(() => loaded && ref.click());
  };
  document.addEventListener("click", (event) => {
    const ref = noteRefAt(event.target);
    if (!ref || loaded || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    hold(event, ref);
  });
  document.addEventListener("keydown", (event) => {
    const ref = noteRefAt(event.target);
    if (ref && !loaded && event.key === " ") hold(event, ref);
  });
}

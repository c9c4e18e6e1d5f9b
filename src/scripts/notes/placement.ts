/**
 * Where a note popover goes: beside its reference, whole on screen. CSS anchor positioning does it
 * where the browser has it (notes.css); Floating UI does it elsewhere, and wherever anchor
 * positioning is seen to misplace the box (WebKit 2.50 sets it above a reference far down the page,
 * off the top of the screen), so the check after opening, not feature detection, has the last word.
 * The check stays in the page's own script: it runs as a note opens, so fetching it then would delay
 * the first note in exactly the engine that needs it.
 */

import type { Placer } from "./placer.ts";

const ANCHOR_NAME = "--note-ref";
/** The widest gap between reference and box still read as "beside" (the CSS margin is 0.4rem). */
const MAX_GAP_PX = 24;

/** Phones get a sheet along the bottom edge, wherever the reference is (notes.css). */
export const sheetMedia = (): MediaQueryList => matchMedia("(max-width: 639.98px)");

/** CSS anchor positioning does the work (notes.css): the reference only needs the anchor's name. */
export const anchorPlacer: Placer = (ref) => {
  ref.style.setProperty("anchor-name", ANCHOR_NAME);
  return () => ref.style.removeProperty("anchor-name");
};

/** Whether the open popover lies inside the viewport, just above or below its reference and across it. */
export function isBesideReference(ref: HTMLElement, popover: HTMLElement): boolean {
  const box = popover.getBoundingClientRect();
  const at = ref.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const inside = box.left >= -0.5 && box.top >= -0.5 && box.right <= width + 0.5 && box.bottom <= innerHeight + 0.5;
  const below = box.top >= at.bottom - 1 && box.top - at.bottom <= MAX_GAP_PX;
  const above = box.bottom <= at.top + 1 && at.top - box.bottom <= MAX_GAP_PX;
  const across = box.left <= at.right && box.right >= at.left;
  return inside && (below || above) && across;
}

/** Floating UI and what drives it (./floating-ui-placer.ts), downloaded only by a browser that needs them. */
export async function floatingPlacer(): Promise<Placer> {
  const { floatingUiPlacer } = await import("./floating-ui-placer.ts");
  return floatingUiPlacer(sheetMedia());
}

/** Places with the placer `loading` gives, once it has it; the note stays hidden until then. */
export function placedOnceLoaded(loading: Promise<Placer>): Placer {
  return (ref, popover) => {
    popover.style.visibility = "hidden";
    let undo = (): void => {
      popover.style.removeProperty("visibility");
    };
    let done = false;
    void loading.then(
      (place) => {
        if (done) return;
        popover.style.removeProperty("visibility");
        undo = place(ref, popover);
      },
      () => popover.style.removeProperty("visibility"),
    );
    return () => {
      done = true;
      undo();
    };
  };
}

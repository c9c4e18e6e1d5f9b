/**
 * Where a note popover goes: beside its reference, whole on screen. CSS anchor positioning does it
 * where the browser has it (notes.css); Floating UI does it elsewhere, and wherever anchor
 * positioning is seen to misplace the box (WebKit 2.50 sets it above a reference far down the page,
 * off the top of the screen), so the check after opening, not feature detection, has the last word.
 */

/** Puts the popover beside its reference; returns what undoes it. */
export type Placer = (ref: HTMLElement, popover: HTMLElement) => () => void;

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

/** Floating UI, downloaded only by a browser that needs it. */
export async function floatingPlacer(): Promise<Placer> {
  const { autoUpdate, computePosition, flip, offset, shift, size } = await import("@floating-ui/dom");
  const sheet = sheetMedia();
  return (ref, popover) => {
    // Floating UI places the border box against the viewport; offset() and shift() keep the gaps.
    popover.style.margin = "0";
    popover.style.setProperty("position-area", "none");
    popover.style.setProperty("position-try-fallbacks", "none");
    popover.style.visibility = "hidden"; // until placed: never shown first at the wrong spot
    const stop = autoUpdate(ref, popover, () => {
      if (sheet.matches) {
        popover.style.left = popover.style.top = popover.style.maxHeight = "";
        popover.style.visibility = "";
        return;
      }
      void computePosition(ref, popover, {
        strategy: "fixed",
        placement: "bottom",
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 12 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              popover.style.maxHeight = `${Math.min(availableHeight, innerHeight * 0.6)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        popover.style.left = `${x}px`;
        popover.style.top = `${y}px`;
        popover.style.visibility = "";
      });
    });
    return () => {
      stop();
      for (const property of [
        "margin",
        "position-area",
        "position-try-fallbacks",
        "left",
        "top",
        "max-height",
        "visibility",
      ])
        popover.style.removeProperty(property);
    };
  };
}

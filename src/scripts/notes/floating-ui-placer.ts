// Fetched only by an engine without CSS anchor positioning, or whose anchor positioning misplaced a
// note (./placement.ts): Floating UI and the code that drives it.
import { autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import type { Placer } from "./placer.ts";

/** Places a note beside its reference with Floating UI; where `sheet` matches, notes.css makes it a sheet instead. */
export const floatingUiPlacer =
  (sheet: MediaQueryList): Placer =>
  (ref, popover) => {
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

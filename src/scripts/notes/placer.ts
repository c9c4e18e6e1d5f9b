/**
 * What every way of placing a note popover is (placement.ts's anchor positioning, the lazy
 * floating-ui-placer.ts): its own module, so the lazy placer need not import the page's code.
 */

/** Puts the popover beside its reference; returns what undoes it. */
export type Placer = (ref: HTMLElement, popover: HTMLElement) => () => void;

/**
 * Footnote popovers: a note reference opens its note beside it (click, tap, Enter, Space, or a
 * mouse resting on it) instead of jumping to the notes list. Without JavaScript, or in a browser
 * without the Popover API, the reference stays a plain link to its note and the note links back.
 */

import { anchorPlacer, floatingPlacer, isBesideReference, placedOnceLoaded, sheetMedia } from "./placement.ts";
import type { Placer } from "./placer.ts";
import { NOTE_REF, noteRefAt } from "./note-refs.ts";

const POPOVER_ID = "note-popover";
const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 300;

export function initNotePopovers(): void {
  const refs = [...document.querySelectorAll<HTMLAnchorElement>(NOTE_REF)];
  if (refs.length === 0 || !Object.hasOwn(HTMLElement.prototype, "popover")) return;

  const popover = document.createElement("div");
  popover.id = POPOVER_ID;
  popover.className = "note-popover";
  popover.popover = "manual";
  popover.dataset["pagefindIgnore"] = "all";

  const canHover = matchMedia("(hover: hover) and (pointer: fine)");
  const sheet = sheetMedia();
  let placer: Placer | undefined = CSS.supports("anchor-name: --a") ? anchorPlacer : undefined;
  // Only browsers without CSS anchor positioning, or whose anchor positioning misplaces a note, pay for Floating UI.
  if (!placer) void floatingPlacer().then((p) => (placer = p));

  let current: HTMLAnchorElement | null = null;
  let pinned = false; // opened by a press: stays until dismissed, whatever the pointer does
  let unplace = (): void => undefined;
  let openTimer = 0;
  let closeTimer = 0;

  for (const ref of refs) {
    const note = noteOf(ref);
    if (!note) continue;
    ref.setAttribute("aria-expanded", "false");
    ref.setAttribute("aria-controls", POPOVER_ID);
    if (isInteractive(note)) ref.setAttribute("aria-haspopup", "dialog");
    ref.addEventListener("pointerenter", (event) => {
      if (event.pointerType !== "mouse" || !canHover.matches) return;
      window.clearTimeout(closeTimer);
      if (ref === current) return;
      window.clearTimeout(openTimer);
      openTimer = window.setTimeout(() => open(ref, false), HOVER_OPEN_MS);
    });
    ref.addEventListener("pointerleave", () => {
      window.clearTimeout(openTimer);
      if (ref === current) closeSoon();
    });
    ref.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (ref === current && next instanceof Node && !popover.contains(next)) close(false);
    });
  }

  popover.addEventListener("pointerenter", () => window.clearTimeout(closeTimer));
  popover.addEventListener("pointerleave", closeSoon);
  popover.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !popover.contains(next) && next !== current) close(false);
  });

  document.addEventListener("click", (event) => {
    const ref = noteRefAt(event.target);
    if (!ref || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!noteOf(ref) || !placer) return; // until Floating UI has loaded, the link just works
    event.preventDefault();
    press(ref);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current) {
      const refocus = pinned || popover.contains(document.activeElement) || document.activeElement === current;
      close(refocus);
      return;
    }
    const ref = noteRefAt(event.target);
    if (event.key === " " && ref && noteOf(ref) && placer) {
      event.preventDefault(); // a link does not take Space; keep the page from scrolling too
      press(ref);
    }
  });
  // A press anywhere else dismisses; a press on another reference then opens that one.
  document.addEventListener(
    "pointerdown",
    (event) => {
      if (!current || !(event.target instanceof Node)) return;
      if (popover.contains(event.target) || current.contains(event.target)) return;
      close(false);
    },
    true,
  );

  function press(ref: HTMLAnchorElement): void {
    if (ref === current && pinned) close(false);
    else open(ref, true);
  }

  function open(ref: HTMLAnchorElement, pin: boolean): void {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    if (ref === current) {
      pinned ||= pin;
      return;
    }
    const note = noteOf(ref);
    if (!note || !placer) return;
    close(false);
    const label = ref.getAttribute("aria-label") ?? "Note";
    fill(popover, note, label);
    // Right after the reference, so Tab from it walks into the note's links.
    (ref.closest("sup") ?? ref).after(popover);
    ref.setAttribute("aria-expanded", "true");
    if (popover.getAttribute("role") === "tooltip") ref.setAttribute("aria-describedby", POPOVER_ID);
    current = ref;
    pinned = pin;
    popover.showPopover();
    unplace = placer(ref, popover);
    if (placer !== anchorPlacer || sheet.matches) return;
    if (!isBesideReference(ref, popover)) return distrustAnchors(ref);
    // WebKit may apply anchor positioning late (seen on a loaded machine: a frame on, or once the
    // opening animation ends): look again then, and let Floating UI place a note found off its reference.
    const stillBeside = () => {
      if (current !== ref || placer !== anchorPlacer || isBesideReference(ref, popover)) return;
      distrustAnchors(ref);
    };
    requestAnimationFrame(() => requestAnimationFrame(stillBeside));
    void Promise.all(popover.getAnimations().map((animation) => animation.finished)).then(stillBeside, () => undefined);
  }

  /**
   * Anchor positioning put the note off its reference: Floating UI places this note and every later
   * one. While it downloads, a note still opens, hidden until placed: a click on the reference then
   * (a mouse resting on it opened the note a moment before) pins it, and must not follow the link.
   */
  function distrustAnchors(ref: HTMLAnchorElement): void {
    unplace();
    const loading = floatingPlacer();
    placer = placedOnceLoaded(loading);
    unplace = placer(ref, popover);
    void loading.then(
      (floating) => (placer = floating),
      () => (placer = anchorPlacer), // Floating UI could not be had: anchors are the best left
    );
  }

  function close(refocus: boolean): void {
    window.clearTimeout(closeTimer);
    const ref = current;
    if (!ref) return;
    current = null;
    pinned = false;
    unplace();
    if (popover.matches(":popover-open")) popover.hidePopover();
    ref.setAttribute("aria-expanded", "false");
    ref.removeAttribute("aria-describedby");
    if (refocus) ref.focus({ preventScroll: true });
  }

  /** A popover opened by hover closes after a grace, unless the pointer or focus went into it. */
  function closeSoon(): void {
    if (pinned) return;
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => {
      if (!popover.contains(document.activeElement)) close(false);
    }, HOVER_CLOSE_MS);
  }
}

/** The note a reference points to (`#note-1` → its `doc-footnote` body), if the page has it. */
function noteOf(ref: HTMLAnchorElement): Element | null {
  const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
  return note?.querySelector(".note-body") ?? note;
}

function isInteractive(root: Element): boolean {
  const focusable = root.querySelectorAll(
    "a[href]:not([data-footnote-backref]), button, input, select, textarea, [tabindex]",
  );
  return focusable.length > 0;
}

/**
 * The popover holds a copy of the note without its back-link and without ids (ids stay unique).
 * A note with links is a non-modal dialog Tab can enter; a plain note describes its reference.
 */
function fill(popover: HTMLElement, note: Element, label: string): void {
  const copy = note.cloneNode(true) as Element;
  for (const backlink of copy.querySelectorAll("[data-footnote-backref]")) backlink.remove();
  for (const el of [copy, ...copy.querySelectorAll("[id]")]) el.removeAttribute("id");
  const heading = document.createElement("p");
  heading.className = "note-popover-label";
  heading.setAttribute("aria-hidden", "true");
  heading.textContent = label;
  const body = document.createElement("div");
  body.className = "note-popover-body";
  body.append(...copy.childNodes);
  popover.replaceChildren(heading, body);
  if (isInteractive(body)) {
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-label", label);
  } else {
    popover.setAttribute("role", "tooltip");
    popover.removeAttribute("aria-label");
  }
}

/** A note reference in the text, as the Markdown pipeline marks it. */
export const NOTE_REF = "a[data-footnote-ref]";

/** The note reference an event happened on or inside, if any. */
export function noteRefAt(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(NOTE_REF) : null;
}

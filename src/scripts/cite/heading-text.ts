/**
 * A heading's words, without the link, buttons and feedback the scripts add to it: what the Cite
 * buttons (buttons.ts) name in their labels and the lazy dialog (dialog.ts) cites, in one module both import.
 */
export function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll("a, button, .copy-feedback")) extra.remove();
  return copy.textContent?.trim() ?? "";
}

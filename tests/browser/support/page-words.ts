import type { Page } from "playwright-core";

/**
 * The text of a year page as a reader reads it: the title, the lead and the review's body with its
 * notes, leaving out the apparatus the edition adds (paragraph numbers, heading links, popovers,
 * contents, the "Notes" heading), which carries `data-pagefind-ignore`. Note numbers count as words of their own, as the
 * source prints them: `progress(1)` → `progress 1`.
 */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? "");
        return;
      }
      if (!(node instanceof Element)) return;
      // Note references are kept out of search excerpts, but their numbers are words of the source.
      const apparatus = node.closest("[data-pagefind-ignore], [popover], .note-popover, .notes-heading");
      if (apparatus && !node.closest("a[role='doc-noteref']")) return;
      if (node.tagName === "SUP") parts.push(" ");
      // A lesson's number is the list's marker on the page, and text in the source (`1. …`).
      if (node.tagName === "LI" && node.parentElement instanceof HTMLOListElement && !node.closest(".footnotes")) {
        const list = node.parentElement;
        parts.push(`\n${list.start + [...list.children].indexOf(node)} `);
      }
      if (/^(P|LI|H\d|FIGCAPTION|DIV|SECTION|FIGURE|OL)$/.test(node.tagName)) parts.push("\n");
      node.childNodes.forEach(walk);
      if (node.tagName === "SUP") parts.push(" ");
    };
    const title = document.querySelector("article h1");
    const lead = document.querySelector("article #lead");
    const body = document.querySelector("article .review-text:not(#lead)");
    for (const el of [title, lead, body]) if (el) walk(el);
    return parts.join("");
  });
}

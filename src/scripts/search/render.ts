// DOM for one section result, shared by the header's list and the search page.
import type { SectionResult } from "./sections.ts";

/**
 * Pagefind's excerpt as nodes: its text is already HTML-escaped with `<mark>` around the terms;
 * only text and `<mark>` are kept, so nothing else from the index can reach the page.
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const nodes: Node[] = [];
  for (const child of doc.body.firstElementChild?.childNodes ?? []) {
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).tagName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ""));
    }
  }
  return nodes;
}

function span(className: string, ...children: (Node | string)[]): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.append(...children);
  return el;
}

/** "2021 · World enters new phase", the year apart so it can be styled. */
export function placeLabel(section: SectionResult, id?: string): HTMLSpanElement {
  const label = span("search-hit-place", span("search-hit-year", section.year), " · ", section.section);
  if (id) label.id = id;
  return label;
}

export function excerptBlock(section: SectionResult, id?: string): HTMLSpanElement {
  const block = span("search-hit-excerpt", ...excerptNodes(section.excerpt));
  if (id) block.id = id;
  return block;
}

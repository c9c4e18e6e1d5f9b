// DOM for one passage result, shared by the header's list and the search page.
import type { Passage } from "./passages.ts";

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

/** "¶ 12" shown, "Paragraph 12" spoken, as the paragraph links of the year page do. */
function pilcrowNodes(text: string): (Node | string)[] {
  return text.split(/¶\s*/).flatMap((part, i) => {
    if (i === 0) return part ? [part] : [];
    const mark = span("", "¶ ");
    mark.setAttribute("aria-hidden", "true");
    return [span("sr-only", "Paragraph "), mark, part];
  });
}

/** "2021 · World enters new phase · ¶ 3", "2021 · Note 2 (to ¶ 12)"; the year apart so it can be styled. */
export function placeLabel(passage: Passage, id?: string): HTMLSpanElement {
  const where = passage.section
    ? [passage.section, " · ", ...pilcrowNodes(passage.title)]
    : pilcrowNodes(passage.title);
  const label = span("search-hit-place", span("search-hit-year", passage.year), " · ", ...where);
  if (id) label.id = id;
  return label;
}

export function excerptBlock(passage: Passage, id?: string): HTMLSpanElement {
  const block = span("search-hit-excerpt", ...excerptNodes(passage.excerpt));
  if (id) block.id = id;
  return block;
}

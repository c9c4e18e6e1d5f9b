import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Makes each passage a search result of its own: Pagefind splits a page into sub-results at
 * elements carrying an `id` and a `data-pagefind-title` (besides headings), so every numbered
 * paragraph or lesson (`¶ 9`), photo caption and note gets a title and results land on it, not on
 * the section around it. A note's title names the paragraph that cites it ("Note 2 (to ¶ 12)").
 * The "Notes" heading and the notes' back-links are apparatus, left out of the index, so the notes
 * never read as a section of their own. Runs after rehype-paragraph-anchors and rehype-note-ids.
 */
export function rehypeSearchPassages() {
  return (tree: Root) => {
    const citedIn = new Map<string, string>();
    visit(tree, "element", (node: Element) => {
      const p = node.properties;
      if (typeof p["dataParagraph"] === "string" && typeof p["id"] === "string") {
        p["dataPagefindTitle"] = `¶ ${p["dataParagraph"]}`;
        for (const ref of noteRefsIn(node)) citedIn.set(ref, p["dataParagraph"]);
      }
      if (node.tagName === "figure" && typeof p["id"] === "string" && /^photo-\d+$/.test(p["id"])) {
        p["dataPagefindTitle"] = `Photo caption ${p["id"].slice("photo-".length)}`;
      }
      if (p["id"] === "notes-heading" || "dataFootnoteBackref" in p) p["dataPagefindIgnore"] = "";
    });
    visit(tree, "element", (node: Element) => {
      const id = node.properties["id"];
      if (node.tagName !== "li" || typeof id !== "string" || !/^note-\d+$/.test(id)) return;
      const number = id.slice("note-".length);
      const paragraph = citedIn.get(number);
      node.properties["dataPagefindTitle"] = paragraph ? `Note ${number} (to ¶ ${paragraph})` : `Note ${number}`;
    });
  };
}

/** The numbers of the notes a paragraph cites (`#note-2` → "2"). */
function noteRefsIn(paragraph: Element): string[] {
  const numbers: string[] = [];
  visit(paragraph, "element", (node: Element) => {
    const href = node.properties["href"];
    if ("dataFootnoteRef" in node.properties && typeof href === "string") numbers.push(href.replace(/^#note-/, ""));
  });
  return numbers;
}

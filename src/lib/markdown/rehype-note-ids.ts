import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Gives the notes ids readers can share and keep (`#note-1`, and `#note-ref-1` for the place in the
 * text), instead of remark-gfm's `user-content-fn-1`, and the DPUB-ARIA roles of a note apparatus.
 * Without JavaScript a reference is a plain link to its note, and the note links back.
 */
export function rehypeNoteIds() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const p = node.properties;
      if (typeof p["id"] === "string") p["id"] = renameNoteId(p["id"]);
      if (typeof p["href"] === "string" && p["href"].startsWith("#")) {
        p["href"] = "#" + renameNoteId(p["href"].slice(1));
      }
      if ("dataFootnoteRef" in p) {
        const number = String(p["href"]).replace(/^#note-/, "");
        p["role"] = "doc-noteref";
        p["ariaLabel"] = `Note ${number}`;
        // The number is apparatus to search: excerpts read "bright spot” in", not "bright spot” 3 in".
        p["dataPagefindIgnore"] = "";
        delete p["ariaDescribedBy"];
      }
      if ("dataFootnoteBackref" in p) {
        p["role"] = "doc-backlink";
        p["className"] = ["note-backlink"];
      }
      if ("dataFootnotes" in p) {
        p["id"] = "notes";
        p["ariaLabelledBy"] = ["notes-heading"];
        wrapNotes(node);
      }
    });
  };
}

/** `user-content-fn-1` → `note-1`; `user-content-fnref-1` → `note-ref-1`; others unchanged. */
export function renameNoteId(id: string): string {
  const match = /^(?:user-content-)?fn(ref)?-(.+)$/.exec(id);
  if (!match) return id;
  return match[1] ? `note-ref-${match[2]}` : `note-${match[2]}`;
}

/** The notes heading becomes visible; each note's content gets the `doc-footnote` role. */
function wrapNotes(section: Element) {
  for (const child of section.children) {
    if (child.type !== "element") continue;
    if (/^h[1-6]$/.test(child.tagName)) {
      child.properties = { id: "notes-heading", className: ["notes-heading"] };
    }
    if (child.tagName === "ol") {
      for (const li of child.children) {
        if (li.type !== "element" || li.tagName !== "li") continue;
        li.children = [
          {
            type: "element",
            tagName: "div",
            properties: { role: "doc-footnote", className: ["note-body"] },
            children: li.children,
          },
        ];
      }
    }
  }
}

import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";

/**
 * The review's body as the site's pipeline rendered it (src/lib/markdown/pipeline.ts, kept with the
 * content entry), as a hast tree for the exports to walk: the same document the year page shows.
 */
export function reviewBodyTree(html: string): Root {
  const tree = fromHtml(html, { fragment: true });
  foldAbbreviationExpansions(tree);
  return tree;
}

/**
 * The page shows an abbreviation's expansion in the line, on focus or a tap (rehype-abbreviations):
 * apparatus, not the article's words. An export keeps the abbreviation as printed and carries the
 * expansion as its `title`, as the page does where the text prints the expansion itself.
 */
function foldAbbreviationExpansions(node: Root | Element): void {
  for (const child of elementChildren(node)) {
    if (child.tagName === "abbr") {
      const expansion = elementChildren(child).find((part) => hasClass(part, "abbr-expansion"));
      if (expansion) {
        const title = toString(expansion)
          .trim()
          .replace(/^\((.*)\)$/, "$1");
        child.children = child.children.filter((part) => part !== expansion);
        child.properties = { title };
      }
    } else {
      foldAbbreviationExpansions(child);
    }
  }
}

export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties["className"];
  return Array.isArray(classes) && classes.includes(name);
}

/** The links the site adds for readers of the page (¶ and # links, note back links, the "Notes" heading). */
export function isPageApparatus(node: Element): boolean {
  return ["heading-link", "para-link", "note-backlink", "notes-heading"].some((name) => hasClass(node, name));
}

export function elementChildren(node: Element | Root): Element[] {
  const children: readonly RootContent[] = node.children;
  return children.filter((child): child is Element => child.type === "element");
}

/** The footnote definitions of the body, by number: `note-2` → its content (the `<p>`s, back link included). */
export function footnotes(tree: Root): Map<number, ElementContent[]> {
  const notes = new Map<number, ElementContent[]>();
  const section = elementChildren(tree).find((node) => hasClass(node, "footnotes"));
  const list = section && elementChildren(section).find((node) => node.tagName === "ol");
  for (const item of list ? elementChildren(list) : []) {
    const n = Number(/^note-(\d+)$/.exec(String(item.properties["id"]))?.[1]);
    const body = elementChildren(item).find((node) => hasClass(node, "note-body")) ?? item;
    notes.set(n, body.children);
  }
  return notes;
}

/** The note a reference cites: `<sup><a role="doc-noteref" href="#note-2">` → 2; undefined for anything else. */
export function noteReference(node: Element): number | undefined {
  const link = node.tagName === "sup" ? elementChildren(node)[0] : undefined;
  if (link?.properties["role"] !== "doc-noteref") return undefined;
  return Number(/^#note-(\d+)$/.exec(String(link.properties["href"]))?.[1]);
}

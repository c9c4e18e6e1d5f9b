import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/**
 * The anchors a year page publishes: every id inside its `<article>` (sections, points, paragraphs,
 * notes, captions, aliases). These are cited and shared, so the manifest in content/anchors/ holds
 * them and a test fails when one disappears.
 */
export function publishedAnchors(html: string): string[] {
  const tree = fromHtml(html);
  const ids = new Set<string>();
  visit(tree, "element", (node) => {
    if (node.tagName !== "article") return;
    visit(node, "element", (inner) => {
      const id = inner.properties["id"];
      if (typeof id === "string" && id !== "") ids.add(id);
    });
    return false;
  });
  return [...ids].sort();
}

export interface AnchorManifest {
  /** The page the anchors live on, e.g. `/2021/`. */
  page: string;
  ids: string[];
}

/** Adds the page's anchors to the manifest; never drops one (a disappearance is for a human to decide). */
export function mergeManifest(existing: AnchorManifest | undefined, page: string, ids: string[]): AnchorManifest {
  const all = new Set([...(existing?.ids ?? []), ...ids]);
  return { page, ids: [...all].sort() };
}

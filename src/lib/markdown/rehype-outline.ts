import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";

/** One entry of a review's contents: a section, or an ordinal point within it. */
export interface OutlineEntry {
  depth: 2 | 3;
  id: string;
  text: string;
  /** True for an ordinal point (a `###` point or a run-in `**Firstly, …**` lead). */
  point: boolean;
}

/**
 * Collects the contents of a review in reading order, sections and ordinal points alike (and the
 * notes, when there are any), for the
 * table of contents. Astro's own heading list misses run-in points, which are not headings.
 * The outline reaches the page as `remarkPluginFrontmatter.outline`.
 */
export function rehypeOutline() {
  return (tree: Root, file: VFile) => {
    const outline: OutlineEntry[] = [];
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      const entry = entryOf(node);
      if (entry) outline.push(entry);
    }
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter["outline"] = outline;
  };
}

function entryOf(node: Element): OutlineEntry | undefined {
  if (node.tagName === "section" && node.properties["id"] === "notes") {
    return { depth: 2, id: "notes", text: "Notes", point: false };
  }
  const classes = (node.properties["className"] as string[] | undefined) ?? [];
  const point = classes.includes("point");
  if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties["id"] === "string") {
    return { depth: node.tagName === "h2" ? 2 : 3, id: node.properties["id"], text: toString(node).trim(), point };
  }
  if (node.tagName === "p" && point) {
    const lead = node.children.find((c): c is Element => c.type === "element" && c.tagName === "strong");
    if (lead && typeof lead.properties["id"] === "string") {
      return { depth: 3, id: lead.properties["id"], text: toString(lead).trim(), point };
    }
  }
  return undefined;
}

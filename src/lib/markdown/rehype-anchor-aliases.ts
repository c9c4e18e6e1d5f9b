import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/**
 * Keeps old anchors working: for each `anchorAliases` entry in frontmatter (old id → current id),
 * an empty marker with the old id is placed just before the element that now has the current id, so
 * `#old-id` still lands there, with or without JavaScript.
 */
export function rehypeAnchorAliases() {
  return (tree: Root, file: VFile) => {
    const aliases = aliasesOf(file);
    const pending = new Map<string, string[]>();
    for (const [oldId, currentId] of Object.entries(aliases)) {
      pending.set(currentId, [...(pending.get(currentId) ?? []), oldId]);
    }
    if (pending.size === 0) return;
    visit(tree, "element", (node: Element, index, parent) => {
      const id = node.properties["id"];
      if (typeof id !== "string" || !parent || index === undefined) return;
      const oldIds = pending.get(id);
      if (!oldIds) return;
      pending.delete(id);
      const markers: Element[] = oldIds.map((oldId) => ({
        type: "element",
        tagName: "span",
        properties: { id: oldId, className: ["anchor-alias"], dataAliasOf: id },
        children: [],
      }));
      parent.children.splice(index, 0, ...markers);
      return index + markers.length + 1;
    });
    for (const [currentId, oldIds] of pending) {
      file.fail(
        `anchorAliases: ${oldIds.map((o) => `"${o}"`).join(", ")} point to "${currentId}", which is no id on the page (point each old id at a current heading, point or paragraph id)`,
      );
    }
  };
}

function aliasesOf(file: VFile): Record<string, string> {
  const astro = file.data["astro"] as { frontmatter?: { anchorAliases?: Record<string, string> } } | undefined;
  return astro?.frontmatter?.anchorAliases ?? {};
}

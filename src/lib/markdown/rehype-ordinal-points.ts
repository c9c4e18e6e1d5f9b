import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import GithubSlugger from "github-slugger";
import { visit } from "unist-util-visit";
import { opensWithOrdinal } from "../ordinals.ts";

/**
 * Makes each ordinal point addressable. A point printed as its own sentence is already a heading
 * (`### First, …`); a point run into its paragraph (`**Firstly, …** The …`) gets its id on the
 * bold lead-in, slugged from its words like a heading, so both kinds link the same way.
 */
export function rehypeOrdinalPoints() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties["id"] === "string") slugger.slug(node.properties["id"]);
    });
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (/^h[23]$/.test(node.tagName) && opensWithOrdinal(toString(node))) {
        addClass(node, "point");
      }
      const lead = node.tagName === "p" ? runInLead(node) : undefined;
      if (lead) {
        lead.properties["id"] = slugger.slug(toString(lead));
        addClass(lead, "point-lead");
        addClass(node, "point");
      }
    }
  };
}

function runInLead(paragraph: Element): Element | undefined {
  const first = paragraph.children[0];
  if (first?.type !== "element" || first.tagName !== "strong") return undefined;
  return opensWithOrdinal(toString(first)) ? first : undefined;
}

export function addClass(node: Element, name: string) {
  const current = node.properties["className"];
  const list = Array.isArray(current) ? current.map(String) : [];
  if (!list.includes(name)) list.push(name);
  node.properties["className"] = list;
}

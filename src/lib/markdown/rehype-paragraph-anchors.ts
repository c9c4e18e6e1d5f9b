import type { Element, ElementContent, Root } from "hast";

/**
 * Gives every paragraph of the text (and every numbered lesson) a permalink id `p-N`, counted in
 * reading order, and a discreet `¶ N` link a reader can copy and cite. The link is apparatus, not
 * text: search does not index it.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let number = 0;
    const anchor = (node: Element) => {
      number += 1;
      if (typeof node.properties["id"] !== "string") node.properties["id"] = `p-${number}`;
      node.properties["dataParagraph"] = String(number);
      node.children.push(paragraphLink(String(node.properties["id"]), number));
    };
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (node.tagName === "p") anchor(node);
      if (node.tagName === "ol" || node.tagName === "ul") {
        for (const item of node.children) {
          if (item.type === "element" && item.tagName === "li") anchor(item);
        }
      }
    }
  };
}

function paragraphLink(id: string, number: number): ElementContent {
  return {
    type: "element",
    tagName: "a",
    properties: { href: `#${id}`, className: ["para-link"], dataPagefindIgnore: "" },
    children: [
      {
        type: "element",
        tagName: "span",
        properties: { className: ["sr-only"] },
        children: [{ type: "text", value: "Paragraph " }],
      },
      {
        type: "element",
        tagName: "span",
        properties: { ariaHidden: "true" },
        children: [{ type: "text", value: "¶ " }],
      },
      { type: "text", value: String(number) },
    ],
  };
}

import type { Element, ElementContent } from "xast";

/** Elements that hold only elements in this edition's TEI: their children go one to a line. */
const ELEMENT_ONLY = new Set([
  "TEI",
  "teiHeader",
  "fileDesc",
  "titleStmt",
  "respStmt",
  "publicationStmt",
  "sourceDesc",
  "biblStruct",
  "analytic",
  "monogr",
  "imprint",
  "encodingDesc",
  "projectDesc",
  "editorialDecl",
  "correction",
  "normalization",
  "segmentation",
  "text",
  "front",
  "titlePage",
  "docTitle",
  "body",
  "div",
  "list",
  "figure",
]);

/**
 * Lays a TEI tree out for people to read: each child of an element-only container on its own
 * indented line. Only whitespace between elements is added, where TEI gives it no meaning; mixed
 * content (a `p`, a `head`, a `note`) is left exactly as it is.
 */
export function indentTei(node: Element, depth = 0): Element {
  if (!ELEMENT_ONLY.has(node.name)) return node;
  const inner = "\n" + "  ".repeat(depth + 1);
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === "text" && child.value.trim() === "") continue;
    children.push({ type: "text", value: inner }, child.type === "element" ? indentTei(child, depth + 1) : child);
  }
  if (children.length > 0) children.push({ type: "text", value: "\n" + "  ".repeat(depth) });
  node.children = children;
  return node;
}

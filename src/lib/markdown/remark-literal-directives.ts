import type { Root, Text } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/**
 * remark-directive reads `:name` inside running text as a text directive; in a review that is just
 * text (a colon before a word), so it goes back to the characters the editor wrote.
 */
export function remarkLiteralDirectives() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, "textDirective", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      const text: Text = { type: "text", value };
      parent.children[index] = text;
    });
  };
}

import type { Root, Paragraph } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { Caption } from "../schema/review.ts";

/**
 * Puts each photo caption where the article printed it: `::caption{#photo-1}` in the body becomes a
 * captioned note with the words and credit from frontmatter `captions`. No image exists, and none is
 * invented: the note says it is a caption.
 */
export function remarkCaptionNotes() {
  return (tree: Root, file: VFile) => {
    const captions = captionsOf(file);
    visit(tree, "leafDirective", (node: LeafDirective, index, parent) => {
      if (node.name !== "caption" || !parent || index === undefined) return;
      const id = node.attributes?.["id"] ?? "";
      const caption = captions.find((c) => c.id === id);
      if (!caption) {
        const line = node.position?.start.line ?? 0;
        file.fail(
          `::caption{#${id}} names no caption in frontmatter \`captions\` (add one with id "${id}", or remove the line)`,
          { place: { line, column: 1 } },
        );
      }
      const credit = caption.creditAsPrinted.replace(/^_/, "");
      const figcaption: Paragraph = {
        type: "paragraph",
        data: { hName: "figcaption" },
        children: [
          { type: "text", value: caption.text + " " },
          {
            type: "emphasis",
            data: { hName: "span", hProperties: { className: ["photo-credit"] } },
            children: [{ type: "text", value: credit }],
          },
        ],
      };
      parent.children[index] = {
        type: "blockquote",
        data: {
          hName: "figure",
          hProperties: { id: caption.id, className: ["photo-note"], dataLabel: "Photo caption" },
        },
        children: [figcaption],
      };
    });
  };
}

function captionsOf(file: VFile): Caption[] {
  const astro = file.data["astro"] as { frontmatter?: { captions?: Caption[] } } | undefined;
  return astro?.frontmatter?.captions ?? [];
}

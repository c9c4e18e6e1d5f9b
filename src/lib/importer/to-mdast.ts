import type { BlockContent, FootnoteDefinition, PhrasingContent, Root, RootContent } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import type { ArticleBlock, ArticleDocument, ArticleNote, InlineNode } from "./article-document.ts";

/**
 * The article's body as an mdast tree, the shape the site expects: `::caption{#photo-n}` where a
 * caption stood, `##` sections, `###` one-sentence points, a strong lead-in for run-in points,
 * ordered lists for lessons, GFM footnotes with their definitions at the end.
 */
export function articleToMdast(document: ArticleDocument): Root {
  return {
    type: "root",
    children: [...document.blocks.map(blockToMdast), ...document.notes.map(noteToMdast)],
  };
}

function blockToMdast(block: ArticleBlock): RootContent {
  switch (block.kind) {
    case "caption":
      return captionDirective(block.caption.id);
    case "sectionHeading":
      return { type: "heading", depth: 2, children: inlineToMdast(block.content) };
    case "pointHeading":
      return { type: "heading", depth: 3, children: inlineToMdast(block.content) };
    case "pointParagraph":
      return {
        type: "paragraph",
        children: [{ type: "strong", children: inlineToMdast(block.leadIn) }, ...inlineToMdast(block.rest)],
      };
    case "paragraph":
      return { type: "paragraph", children: inlineToMdast(block.content) };
    case "lessonList":
      return {
        type: "list",
        ordered: true,
        start: block.start,
        spread: false,
        children: block.items.map((item) => ({
          type: "listItem",
          spread: false,
          children: [{ type: "paragraph", children: inlineToMdast(item.content) }],
        })),
      };
  }
}

function captionDirective(id: string): LeafDirective {
  return { type: "leafDirective", name: "caption", attributes: { id }, children: [] };
}

function inlineToMdast(nodes: readonly InlineNode[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.kind === "text") return { type: "text", value: node.value };
    const identifier = String(node.number);
    return { type: "footnoteReference", identifier, label: identifier };
  });
}

function noteToMdast(note: ArticleNote): FootnoteDefinition {
  const identifier = String(note.number);
  const paragraph: BlockContent = { type: "paragraph", children: [{ type: "text", value: note.text }] };
  return { type: "footnoteDefinition", identifier, label: identifier, children: [paragraph] };
}

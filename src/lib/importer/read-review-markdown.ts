import type { Nodes, Root, RootContent } from "mdast";
import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { directive } from "micromark-extension-directive";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Caption } from "../schema/review.ts";

/**
 * A review file read back the way a reader meets it, block by block, with remark's own parser:
 * captions expanded to their words and credit, note references as `(n)` in place, lesson numbers
 * before their items, note definitions as `(n) …`. Used to prove the Markdown says what the
 * source said.
 */
export interface ReadBlock {
  kind: "heading-2" | "heading-3" | "paragraph" | "caption" | "lesson" | "note" | "other";
  /** The block's words joined by single spaces. */
  text: string;
  /** The words of a strong lead-in opening a paragraph (a run-in ordinal point). */
  strongLeadIn?: string;
}

/** Splits `---\n<yaml>\n---\n<body>`; a file without frontmatter is all body. */
export function splitFrontmatter(markdown: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(markdown);
  if (match === null) return { yaml: "", body: markdown };
  return { yaml: match[1] ?? "", body: markdown.slice(match[0].length) };
}

/**
 * The parser the site uses (remark with GFM and directives: the same micromark and mdast
 * extensions remark-gfm and remark-directive bundle) except GFM's autolink literals. Those turn
 * `www.example.org` into a link whose text is the same characters, so they cannot change a word
 * read; and they cost more than the rest of the parse together (about 2.5 of 4.7 ms on 2021's
 * review), which the importer pays once per article for its self-check.
 */
const READING = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), directive()],
  mdastExtensions: [
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    directiveFromMarkdown(),
  ],
};

export function readReviewBody(body: string, captions: readonly Caption[]): ReadBlock[] {
  return readReviewTree(fromMarkdown(body, READING), captions);
}

/** The blocks of an already parsed body (what `readReviewBody` reads once it has parsed). */
export function readReviewTree(tree: Root, captions: readonly Caption[]): ReadBlock[] {
  return tree.children.flatMap((node) => readBlock(node, captions));
}

function readBlock(node: RootContent, captions: readonly Caption[]): ReadBlock[] {
  switch (node.type) {
    case "heading":
      return [{ kind: node.depth === 3 ? "heading-3" : node.depth === 2 ? "heading-2" : "other", text: wordsOf(node) }];
    case "paragraph": {
      const first = node.children[0];
      const strongLeadIn = first?.type === "strong" ? { strongLeadIn: wordsOf(first) } : {};
      return [{ kind: "paragraph", text: wordsOf(node), ...strongLeadIn }];
    }
    case "leafDirective": {
      const caption = captions.find((candidate) => candidate.id === node.attributes?.id);
      if (node.name !== "caption" || caption === undefined) return [{ kind: "other", text: wordsOf(node) }];
      return [{ kind: "caption", text: normaliseWords(`${caption.text} ${caption.creditAsPrinted}`) }];
    }
    case "list": {
      if (node.ordered !== true) return [{ kind: "other", text: wordsOf(node) }];
      const start = node.start ?? 1;
      return node.children.map((item, index) => ({
        kind: "lesson",
        text: normaliseWords(`${start + index}. ${textOf(item)}`),
      }));
    }
    case "footnoteDefinition":
      return [{ kind: "note", text: normaliseWords(`(${node.label ?? node.identifier}) ${textOf(node)}`) }];
    default:
      return [{ kind: "other", text: wordsOf(node) }];
  }
}

/** Plain text of a node, a footnote reference reading as its printed marker `(n)`. */
function textOf(node: Nodes): string {
  if (node.type === "footnoteReference") return `(${node.label ?? node.identifier})`;
  if ("value" in node) return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) {
    const separator = node.type === "listItem" || node.type === "footnoteDefinition" ? "\n" : "";
    return node.children.map((child: Nodes) => textOf(child)).join(separator);
  }
  return "";
}

function wordsOf(node: Nodes): string {
  return normaliseWords(textOf(node));
}

/** Whitespace of any kind (no-break spaces included) only separates words. */
export function normaliseWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word !== "")
    .join(" ");
}

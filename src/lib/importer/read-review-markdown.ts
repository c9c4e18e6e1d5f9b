import type { Nodes, RootContent } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
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

export function readReviewBody(body: string, captions: readonly Caption[]): ReadBlock[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body);
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

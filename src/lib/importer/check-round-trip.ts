import type { ArticleBlock, ArticleDocument, InlineNode } from "./article-document.ts";
import { ImportError } from "./import-error.ts";
import { normaliseWords, readReviewBody, splitFrontmatter, type ReadBlock } from "./read-review-markdown.ts";

/** A block as the document model says it should read, with the source line to blame. */
interface ExpectedBlock {
  line: number;
  read: ReadBlock;
}

/**
 * Refuses Markdown that would not read back as the article printed it: remark-stringify escapes
 * what it knows, and this catches anything it does not, for articles nobody has seen yet.
 */
export function checkRoundTrip(document: ArticleDocument, markdown: string, file: string): void {
  const captions = document.blocks.flatMap((block) => (block.kind === "caption" ? [block.caption] : []));
  const actual = readReviewBody(splitFrontmatter(markdown).body, captions);
  const expected = expectedReading(document);
  const length = Math.max(actual.length, expected.length);
  for (let index = 0; index < length; index += 1) {
    const want = expected[index];
    const got = actual[index];
    if (want !== undefined && got !== undefined && sameReading(want.read, got)) continue;
    throw new ImportError(
      { file, line: want?.line ?? document.printIssue.line },
      `the Markdown would not read back as printed: expected ${describe(want?.read)}, got ${describe(got)}`,
      "the text holds something the Markdown writer cannot escape; report it with this line",
    );
  }
}

function sameReading(want: ReadBlock, got: ReadBlock): boolean {
  return want.kind === got.kind && want.text === got.text && want.strongLeadIn === got.strongLeadIn;
}

function describe(block: ReadBlock | undefined): string {
  if (block === undefined) return "nothing";
  const text = block.text.length > 60 ? `${block.text.slice(0, 60)}…` : block.text;
  return `${block.kind} “${text}”`;
}

export function expectedReading(document: ArticleDocument): ExpectedBlock[] {
  const body = document.blocks.flatMap(expectBlock);
  const notes = document.notes.map((note) => ({
    line: note.line,
    read: { kind: "note", text: normaliseWords(`(${note.number}) ${note.text}`) } satisfies ReadBlock,
  }));
  return [...body, ...notes];
}

function expectBlock(block: ArticleBlock): ExpectedBlock[] {
  const expect = (read: ReadBlock): ExpectedBlock[] => [{ line: block.line, read }];
  switch (block.kind) {
    case "caption":
      return expect({
        kind: "caption",
        text: normaliseWords(`${block.caption.text} ${block.caption.creditAsPrinted}`),
      });
    case "sectionHeading":
      return expect({ kind: "heading-2", text: inlineWords(block.content) });
    case "pointHeading":
      return expect({ kind: "heading-3", text: inlineWords(block.content) });
    case "pointParagraph":
      return expect({
        kind: "paragraph",
        text: inlineWords([...block.leadIn, ...block.rest]),
        strongLeadIn: inlineWords(block.leadIn),
      });
    case "paragraph":
      return expect({ kind: "paragraph", text: inlineWords(block.content) });
    case "lessonList":
      return block.items.map((item, index) => ({
        line: item.line,
        read: { kind: "lesson", text: normaliseWords(`${block.start + index}. ${inlineText(item.content)}`) },
      }));
  }
}

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.kind === "text" ? node.value : `(${node.number})`)).join("");
}

function inlineWords(nodes: readonly InlineNode[]): string {
  return normaliseWords(inlineText(nodes));
}

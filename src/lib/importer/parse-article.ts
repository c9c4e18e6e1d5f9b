import type { ArticleBlock, ArticleDocument, ArticleNote, InlineNode } from "./article-document.ts";
import { ImportError } from "./import-error.ts";
import { parseBody } from "./parse-body.ts";
import { countNoteBlocks, parseClosingLine, parseNotes } from "./parse-end-matter.ts";
import { LEAD_START, parseHeader } from "./parse-header.ts";
import { blockText, groupBlocks, isBlank, splitSourceLines } from "./source-text.ts";

/**
 * Reads an article in the publisher's text layout into the document model, refusing (with the
 * line to look at) anything it cannot place: a missing byline part, a marker without a note …
 */
export function parseArticle(text: string, file: string): ArticleDocument {
  const lines = splitSourceLines(text);
  const header = parseHeader(lines, file);
  const filled = lines.filter((sourceLine) => !isBlank(sourceLine));
  const lastLine = lines.at(-1)?.line ?? 1;
  const printIssue = parseClosingLine(filled.at(-1), lastLine, file);

  const blocks = groupBlocks(lines.slice(header.nextLine - 1, printIssue.line - 1));
  const leadBlock = blocks[0];
  if (leadBlock === undefined || !LEAD_START.test(leadBlock.lines[0]?.text.trim() ?? "")) {
    throw new ImportError(
      { file, line: leadBlock?.line ?? header.nextLine },
      "expected the lead paragraph here",
      "after the date line comes the lead, beginning 'Communist Review - '",
    );
  }
  const noteBlockCount = countNoteBlocks(blocks.slice(1));
  const notes = parseNotes(blocks.slice(blocks.length - noteBlockCount), file);
  const body = parseBody(blocks.slice(1, blocks.length - noteBlockCount));
  checkNotesAgainstMarkers(body, notes, file);

  return {
    title: { text: header.title.text, line: header.title.line },
    author: { ...(header.name === undefined ? {} : { name: header.name }), role: header.role },
    published: header.published,
    lead: blockText(leadBlock),
    blocks: body,
    notes,
    printIssue,
  };
}

/** Every marker needs its note and every note a marker citing it. */
function checkNotesAgainstMarkers(body: readonly ArticleBlock[], notes: readonly ArticleNote[], file: string): void {
  const references = body.flatMap(inlineContentOf).filter((node) => node.kind === "noteReference");
  for (const reference of references) {
    if (!notes.some((note) => note.number === reference.number)) {
      throw new ImportError(
        { file, line: reference.line },
        `the marker (${reference.number}) has no note`,
        `add a line '(${reference.number}) …' to the notes block at the end, or remove the marker`,
      );
    }
  }
  for (const note of notes) {
    if (!references.some((reference) => reference.number === note.number)) {
      throw new ImportError(
        { file, line: note.line },
        `no marker in the text cites note (${note.number})`,
        `put the marker (${note.number}) where the note belongs, or remove the note`,
      );
    }
  }
}

export function inlineContentOf(block: ArticleBlock): InlineNode[] {
  switch (block.kind) {
    case "caption":
      return [];
    case "pointParagraph":
      return [...block.leadIn, ...block.rest];
    case "lessonList":
      return block.items.flatMap((item) => item.content);
    default:
      return block.content;
  }
}

/** The first year 19xx or 20xx in the title, e.g. `… highlights in 2021: …`. */
export function findYearInTitle(title: string): number | undefined {
  const match = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(title);
  return match === null ? undefined : Number(match[0]);
}

import type { ArticleNote, PrintIssue } from "./article-document.ts";
import { ImportError } from "./import-error.ts";
import type { SourceBlock, SourceLine } from "./source-text.ts";

/**
 * `This article was published in the Communist Review No. 984 (February 2022)`; the publisher puts
 * no-break spaces around the number, which `\s` covers.
 */
const CLOSING_LINE = /^This article was published in (?:the\s+)?(.+?)\s+No\.\s*(\d+)\s*\(([A-Z][a-z]+\s+\d{4})\)\.?$/;
const CLOSING_EXAMPLE = "'This article was published in the Communist Review No. 984 (February 2022)'";

/** `(n) ` opening a line of the notes block. */
const NOTE_START = /^\((\d+)\)\s+/;

/** Reads the closing line, which must be the last non-blank line. */
export function parseClosingLine(lastFilled: SourceLine | undefined, lastLine: number, file: string): PrintIssue {
  const match = lastFilled === undefined ? null : CLOSING_LINE.exec(lastFilled.text.trim());
  if (lastFilled === undefined || match === null) {
    const looksLikeClosing = lastFilled?.text.startsWith("This article was published") ?? false;
    throw new ImportError(
      { file, line: looksLikeClosing && lastFilled !== undefined ? lastFilled.line : lastLine + 1 },
      looksLikeClosing
        ? "the closing line does not name the issue number and month"
        : "expected the closing line naming the print issue here",
      `the article ends with ${CLOSING_EXAMPLE}`,
    );
  }
  const [, publication = "", issue = "", issueDate = ""] = match;
  return {
    line: lastFilled.line,
    publication: publication.replace(/\s+/g, " "),
    issue: Number(issue),
    issueDate: issueDate.replace(/\s+/g, " "),
  };
}

/**
 * How many of the trailing blocks form the notes block: the last run of blocks that each open
 * with `(n) `. Blank lines inside the block are thus allowed.
 */
export function countNoteBlocks(blocks: readonly SourceBlock[]): number {
  let count = 0;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const firstLine = blocks[index]?.lines[0];
    if (firstLine === undefined || !NOTE_START.test(firstLine.text)) break;
    count += 1;
  }
  return count;
}

/** Reads notes; a line not opening with `(n)` continues the note above it. */
export function parseNotes(noteBlocks: readonly SourceBlock[], file: string): ArticleNote[] {
  const notes: ArticleNote[] = [];
  for (const sourceLine of noteBlocks.flatMap((block) => block.lines)) {
    const text = sourceLine.text.trim();
    const start = NOTE_START.exec(text);
    const previous = notes.at(-1);
    if (start === null && previous !== undefined) {
      previous.text = `${previous.text}\n${text}`;
      continue;
    }
    const number = Number(start?.[1]);
    const earlier = notes.find((note) => note.number === number);
    if (earlier !== undefined) {
      throw new ImportError(
        { file, line: sourceLine.line },
        `two notes are numbered (${number})`,
        `the first is on line ${earlier.line}; renumber one of them`,
      );
    }
    notes.push({ number, line: sourceLine.line, text: text.slice(start?.[0].length ?? 0) });
  }
  return notes;
}

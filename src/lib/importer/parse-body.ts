import type { ArticleBlock, ArticleCaption, LessonItem } from "./article-document.ts";
import { findFirstSentenceEnd, parseNoteMarkers } from "./parse-inline.ts";
import { blockText, type SourceBlock } from "./source-text.ts";
import { ORDINALS } from "../ordinals.ts";

/** A caption ends with its credit: `_Photo: VNA`, or `_Photo:VGP` with no space. */
const PHOTO_CREDIT = /\s*(_Photo:\s*(\S[^\n]{0,60}?))$/;

/** `Firstly,` … `Tenthly,` or `First,` … `Tenth,` opening a paragraph. */
const ORDINAL_POINT = new RegExp(`^(?:${ORDINALS.join("|")})(?:ly)?,\\s`);

/** `1. …`: a numbered paragraph, a lesson when it belongs to a numbered run. */
const NUMBERED = /^(\d{1,3})\.\s+/;

/** Headings are short lines that do not close like a sentence or a clause. */
const HEADING_MAX_LENGTH = 140;
const CLOSING_PUNCTUATION = /[.:;,?!]["'”’)\]]*$/;

/** A body block before lessons are grouped: numbered paragraphs wait to see their neighbours. */
type ClassifiedBlock = ArticleBlock | { kind: "numbered"; line: number; number: number; text: string };

/** Turns the blocks between the lead and the notes into the document's body. */
export function parseBody(blocks: readonly SourceBlock[]): ArticleBlock[] {
  let captionCount = 0;
  const classified = blocks.map((block): ClassifiedBlock => {
    const text = blockText(block);
    const credit = PHOTO_CREDIT.exec(text);
    if (credit !== null && credit.index > 0) {
      captionCount += 1;
      return { kind: "caption", line: block.line, caption: toCaption(`photo-${captionCount}`, text, credit) };
    }
    const numbered = NUMBERED.exec(text);
    if (numbered !== null) return { kind: "numbered", line: block.line, number: Number(numbered[1]), text };
    if (ORDINAL_POINT.test(text)) return parseOrdinalPoint(text, block.line);
    if (isSectionHeading(text)) {
      return { kind: "sectionHeading", line: block.line, content: parseNoteMarkers(text, block.line) };
    }
    return { kind: "paragraph", line: block.line, content: parseNoteMarkers(text, block.line) };
  });
  return groupLessons(classified);
}

function toCaption(id: string, text: string, credit: RegExpExecArray): ArticleCaption {
  return {
    id,
    text: text.slice(0, credit.index),
    credit: credit[2] ?? "",
    creditAsPrinted: credit[1] ?? "",
  };
}

function isSectionHeading(text: string): boolean {
  return (
    !text.includes("\n") && text.length <= HEADING_MAX_LENGTH && !CLOSING_PUNCTUATION.test(text) && !/^[\d(]/.test(text)
  );
}

/** A one-sentence point becomes a heading; otherwise its first sentence leads its paragraph in. */
function parseOrdinalPoint(text: string, line: number): ArticleBlock {
  const end = findFirstSentenceEnd(text);
  if (end === undefined) return { kind: "pointHeading", line, content: parseNoteMarkers(text, line) };
  const leadIn = text.slice(0, end);
  const restLine = line + leadIn.split("\n").length - 1;
  return {
    kind: "pointParagraph",
    line,
    leadIn: parseNoteMarkers(leadIn, line),
    rest: parseNoteMarkers(text.slice(end), restLine),
  };
}

/**
 * Numbered paragraphs form a lesson list when two or more follow one another in order, or when
 * one continues the numbering of the list before it; a lone `1. …` stays a paragraph.
 */
function groupLessons(classified: readonly ClassifiedBlock[]): ArticleBlock[] {
  const body: ArticleBlock[] = [];
  let lastLessonNumber: number | undefined;
  for (let index = 0; index < classified.length; index += 1) {
    const block = classified[index];
    if (block === undefined) continue;
    if (block.kind !== "numbered") {
      body.push(block);
      continue;
    }
    const run = [block];
    for (let next = classified[index + run.length]; next?.kind === "numbered"; next = classified[index + run.length]) {
      if (next.number !== block.number + run.length) break;
      run.push(next);
    }
    if (run.length === 1 && block.number !== (lastLessonNumber ?? Number.NaN) + 1) {
      body.push({ kind: "paragraph", line: block.line, content: parseNoteMarkers(block.text, block.line) });
      continue;
    }
    const items: LessonItem[] = run.map((item) => {
      const prefix = NUMBERED.exec(item.text)?.[0] ?? "";
      return { line: item.line, content: parseNoteMarkers(item.text.slice(prefix.length), item.line) };
    });
    body.push({ kind: "lessonList", line: block.line, start: block.number, items });
    lastLessonNumber = block.number + run.length - 1;
    index += run.length - 1;
  }
  return body;
}

import type { InlineNode } from "./article-document.ts";

/**
 * A note marker: one to three digits in parentheses, glued to the preceding word or punctuation
 * (`progress(1).`, `”(3)`) or after whitespace, which is dropped. Four digits read as a year.
 */
const NOTE_MARKER = /\s*\((\d{1,3})\)/g;

/** Splits text into words and note references; `firstLine` is the source line the text starts on. */
export function parseNoteMarkers(text: string, firstLine: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  let textStart = 0;
  for (const match of text.matchAll(NOTE_MARKER)) {
    const digits = match[1];
    // A parenthesis opening the text has no word to attach to: it is text, not a marker.
    if (digits === undefined || match.index === 0) continue;
    if (textStart < match.index) nodes.push({ kind: "text", value: text.slice(textStart, match.index) });
    const markerOffset = match.index + match[0].indexOf("(");
    nodes.push({
      kind: "noteReference",
      number: Number(digits),
      line: firstLine + countLineBreaks(text.slice(0, markerOffset)),
    });
    textStart = match.index + match[0].length;
  }
  if (textStart < text.length) nodes.push({ kind: "text", value: text.slice(textStart) });
  return nodes;
}

function countLineBreaks(text: string): number {
  return text.split("\n").length - 1;
}

/** Words a period does not end a sentence after (compared in lower case, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  "no nos mr mrs ms dr st vol vols p pp p.p e.g i.e etc u.s u.k u.n jr sr prof gen col art ch fig vs".split(" "),
);

/**
 * A sentence end: `.`, `?` or `!`, then any closing quotes or brackets and note markers, then
 * whitespace and an uppercase letter or digit (possibly behind an opening quote or bracket).
 */
const SENTENCE_END = /[.?!][”’"')\]]*(?:\(\d{1,3}\))*(?=\s+[“‘"'(]?[\p{Lu}\d])/gu;

/**
 * The offset just after the first sentence when more text follows it, or undefined when the text
 * is a single sentence.
 */
export function findFirstSentenceEnd(text: string): number | undefined {
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0].startsWith(".") && endsWithAbbreviation(text.slice(0, match.index))) continue;
    return match.index + match[0].length;
  }
  return undefined;
}

function endsWithAbbreviation(textBeforePeriod: string): boolean {
  const lastWord = /[^\s“‘"'([]*$/u.exec(textBeforePeriod)?.[0] ?? "";
  if (lastWord === "") return false;
  const initials = /^(?:\p{L}\.)*\p{L}$/u;
  return ABBREVIATIONS.has(lastWord.toLowerCase()) || initials.test(lastWord);
}

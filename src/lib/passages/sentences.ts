import { findFirstSentenceEnd } from "../importer/parse-inline.ts";

/**
 * Sentences of a passage, split by the importer's own rule (a `.`, `?` or `!` before a space and a
 * capital or digit, not after `No.`, `U.S.`, an initial …), so a "lead sentence" here is the one the
 * importer made bold.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let rest = text.trim();
  while (rest) {
    const end = findFirstSentenceEnd(rest);
    if (end === undefined) {
      sentences.push(rest);
      break;
    }
    sentences.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  return sentences;
}

/** The first sentence of a passage. */
export function leadSentence(text: string): string {
  return sentencesOf(text)[0] ?? "";
}

/**
 * Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis;
 * text that fits is returned whole.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\s,;:]+\S*$/, "");
  return `${cut}…`;
}

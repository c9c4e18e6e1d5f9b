import { normaliseSpace } from "../passages/review-text.ts";
import { sentencesOf } from "../passages/sentences.ts";

export interface QuotedSentence {
  before: string;
  quote: string;
  after: string;
  /** The sentence is not the passage's first or last: shown with "…". */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The sentence (or sentences) of a passage that hold a quote, split around the quote so a page
 * can mark it. The quote is known to be in the passage (checkFigures found it there).
 */
export function quotedSentence(passageText: string, quote: string): QuotedSentence {
  const wanted = normaliseSpace(quote);
  const at = passageText.indexOf(wanted);
  if (at === -1) return { before: "", quote: wanted, after: "", cutBefore: false, cutAfter: false };
  const quoteEnd = at + wanted.length;
  let start = 0;
  let end = passageText.length;
  let offset = 0;
  for (const sentence of sentencesOf(passageText)) {
    const from = passageText.indexOf(sentence, offset);
    const to = from + sentence.length;
    if (from <= at) start = from;
    if (to >= quoteEnd) {
      end = to;
      break;
    }
    offset = to;
  }
  return {
    before: passageText.slice(start, at),
    quote: wanted,
    after: passageText.slice(quoteEnd, end),
    cutBefore: start > 0,
    cutAfter: end < passageText.length,
  };
}

import type { IndexEntry, LeftOutName } from "./index-files.ts";
import type { IndexedReview } from "./index-texts.ts";
import { NameMatcher } from "./name-matcher.ts";

/**
 * The report's question: which capitalised words and acronyms of the reviews does no entry cover,
 * and the left-out list not explain? A word is covered when it stands inside a mention (of an
 * entry, or of a left-out name). A capitalised word opening a sentence is a name only if the
 * reviews never print it in lower case ("The", "Besides" are not; "Politburo" is).
 */

export interface UncoveredName {
  word: string;
  /** Where it stands: `2021 ¶ 3`, with a few words around it. */
  places: { year: number; anchor: string; label: string; context: string }[];
}

export interface IndexReport {
  entries: number;
  mentions: number;
  /** Capitalised words and acronyms looked at (sentence-opening common words left aside). */
  names: number;
  uncovered: UncoveredName[];
  /** Left-out names the reviews no longer print: the list should lose them. */
  staleLeftOut: LeftOutName[];
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
const SENTENCE_OPENING = /(?:^|[.!?:]\s+|\(|^["“‘])["“‘(]?$/u;

function lowerCaseWords(reviews: readonly IndexedReview[]): Set<string> {
  const words = new Set<string>();
  for (const review of reviews)
    for (const passage of review.passages)
      for (const m of passage.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu)) words.add(m[0]);
  return words;
}

const covers = (spans: { start: number; end: number }[], start: number, end: number) =>
  spans.some((s) => s.start <= start && end <= s.end);

export function uncoveredNames(
  entries: readonly IndexEntry[],
  leftOut: readonly LeftOutName[],
  reviews: readonly IndexedReview[],
): Omit<IndexReport, "entries" | "mentions"> {
  const entryMatcher = new NameMatcher(entries);
  const leftOutMatcher = new NameMatcher(leftOut);
  const lower = lowerCaseWords(reviews);
  const uncovered = new Map<string, UncoveredName>();
  const usedLeftOut = new Set<LeftOutName>();
  let names = 0;
  for (const review of reviews) {
    for (const passage of review.passages) {
      const text = passage.text;
      const leftOutSpans = leftOutMatcher.matches(text);
      for (const s of leftOutSpans) usedLeftOut.add(s.named);
      const spans = [...entryMatcher.matches(text), ...leftOutSpans];
      for (const m of text.matchAll(CAPITALISED)) {
        const word = m[0];
        const start = m.index;
        const opening = SENTENCE_OPENING.test(text.slice(Math.max(0, start - 4), start));
        if (opening && lower.has(word.toLowerCase())) continue;
        names++;
        if (covers(spans, start, start + word.length)) continue;
        const item = uncovered.get(word) ?? { word, places: [] };
        const context = text.slice(Math.max(0, start - 40), start + word.length + 40).replace(/^\S*\s|\s\S*$/g, "");
        item.places.push({ year: review.year, anchor: passage.anchor, label: passage.label, context });
        uncovered.set(word, item);
      }
    }
  }
  return {
    names,
    uncovered: [...uncovered.values()].sort((a, b) => a.word.localeCompare(b.word)),
    staleLeftOut: leftOut.filter((l) => !usedLeftOut.has(l)),
  };
}

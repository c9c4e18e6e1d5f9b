// The words search knows, for "did you mean": built from the text Pagefind indexed, read by the
// browser only when a query finds nothing. Pure: the build and the browser share it.
import { normalizeWord, wordsOf } from "./words.ts";

/** Where the site serves the vocabulary, below its base. */
export const VOCABULARY_PATH = "search/vocabulary.txt";

/** Shorter words are not suggested: at edit distance 2 nearly every short word is close to another. */
const MIN_LENGTH = 3;

/**
 * The vocabulary file: one word a line, the most frequent first (ties in alphabetical order, so two
 * builds write the same bytes). Only words of letters, at least three long, can be suggested.
 */
export function buildVocabulary(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([w]) => w);
  return words.length ? `${words.join("\n")}\n` : "";
}

export function parseVocabulary(file: string): string[] {
  return file.split("\n").filter(Boolean);
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How far a word may be from the one suggested for it: 1 for words of up to four letters, else 2. */
function allowedDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The nearest known word to each unknown word of a query (smallest distance, then the more frequent),
 * as a query to offer; undefined when every word is known or no unknown word has a close one.
 */
export function suggestQuery(query: string, vocabulary: string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query
    .replace(/["“”]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => {
      const word = normalizeWord(typed);
      if (word.length < MIN_LENGTH || known.has(word)) return typed;
      const max = allowedDistance(word);
      let best: string | undefined;
      let bestDistance = max + 1;
      for (const candidate of vocabulary) {
        const d = editDistance(word, candidate, max);
        // The list runs from the most frequent word down, so the first at a distance wins it.
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
          if (d === 1) break;
        }
      }
      if (!best) return typed;
      changed = true;
      return best;
    });
  return changed ? words.join(" ") : undefined;
}

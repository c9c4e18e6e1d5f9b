// How closely a passage holds the query's words: all of them, side by side and in order, first.
// A passage holds a word when it holds the word itself or one of its forms (isFormOf), nothing less.
// Pagefind scores words one by one; where they stand is read here from the locations of its hits.
// Pure: no DOM, no Pagefind.
import { isFormOf, normalizeWord, wordsOf } from "../../lib/search/words.ts";

/** Words within this many places of a tight run still read as "together" (e.g. "ASEAN bridge connecting"). */
const NEAR_SLACK = 4;

export interface Closeness {
  /** How many of the query's words the passage holds, and lacks (spellings differ in word count). */
  coverage: number;
  missing: number;
  /** 2: the words stand side by side in the query's order; 1: within a few words; 0: scattered. */
  tier: 0 | 1 | 2;
  /** How many of the query's words stand in the passage as typed, not only as another form of the word. */
  exact: number;
  /** Where the words stand closest together (a word position in the page), if they all stand in it. */
  at?: number;
}

/** The query's words as search compares them, quotes dropped. */
export function queryTerms(query: string): string[] {
  return wordsOf(query.replace(/["“”]/g, " "));
}

/**
 * For each hit, the indexes of the terms it is a form of. Pagefind also reports words that only
 * share a prefix with a term ("had" for "hà"): they stand for no term and count for nothing.
 */
function termsAt(word: string, terms: string[]): Set<number> {
  return new Set(terms.flatMap((t, i) => (isFormOf(word, t) ? [i] : [])));
}

/** The hits that are the query's words or their forms, not words that merely begin like them. */
export function realHits(terms: string[], locations: number[], pageWords: string[]): number[] {
  return locations.filter((l) => termsAt(normalizeWord(pageWords[l] ?? ""), terms).size > 0);
}

/**
 * Where the query's words stand in a passage. `locations` are Pagefind's hits (word positions in
 * the page's content), `pageWords` that content split on whitespace, as Pagefind counts it.
 */
export function closeness(terms: string[], locations: number[], pageWords: string[]): Closeness {
  if (!terms.length || !locations.length) return { coverage: 0, missing: new Set(terms).size, tier: 0, exact: 0 };
  const hits = [...new Set(locations)]
    .sort((a, b) => a - b)
    .map((location) => ({ location, terms: termsAt(normalizeWord(pageWords[location] ?? ""), terms) }))
    .filter((hit) => hit.terms.size > 0);
  if (!hits.length) return { coverage: 0, missing: new Set(terms).size, tier: 0, exact: 0 };
  const distinct = new Set(terms);
  const covered = new Set(hits.flatMap((h) => [...h.terms].map((i) => terms[i])));
  const coverage = [...covered].length;
  const missing = distinct.size - coverage;
  const seen = new Set(hits.map((h) => normalizeWord(pageWords[h.location] ?? "")));
  const exact = [...distinct].filter((t) => seen.has(t)).length;
  if (missing > 0) return { coverage, missing, tier: 0, exact };
  if (terms.length === 1) return { coverage, missing, tier: 2, exact };
  const phraseAt = inOrder(terms, hits);
  if (phraseAt !== undefined) return { coverage, missing, tier: 2, exact, at: phraseAt };
  const window = tightestWindow(terms, hits);
  const tier = window.length <= distinct.size + NEAR_SLACK ? 1 : 0;
  return { coverage, missing, tier, exact, at: window.start };
}

type Hit = { location: number; terms: Set<number> };

/** Where the terms first stand at consecutive places, in the query's order. */
function inOrder(terms: string[], hits: Hit[]): number | undefined {
  const at = new Map(hits.map((h) => [h.location, h.terms]));
  return hits.find((start) => terms.every((_, k) => at.get(start.location + k)?.has(k)))?.location;
}

/** The fewest places that hold every distinct term once, and where they start. */
function tightestWindow(terms: string[], hits: Hit[]): { length: number; start: number } {
  const wanted = new Set(terms);
  let best = { length: Infinity, start: hits[0]?.location ?? 0 };
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < hits.length; j++) {
      const hit = hits[j];
      const first = hits[i];
      if (!hit || !first) break;
      for (const k of hit.terms) seen.add(terms[k] ?? "");
      if ([...wanted].every((t) => seen.has(t))) {
        const length = hit.location - first.location + 1;
        if (length < best.length) best = { length, start: first.location };
        break;
      }
    }
  }
  return best;
}

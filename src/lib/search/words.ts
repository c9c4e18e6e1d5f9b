// Words as search compares them, for the ranking of results and for "did you mean" alike.

/** A word as search compares it: lower case, no accents, no punctuation around it ("ASEAN’s," → "asean’s"). */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** The words of a text in reading order, normalized, empty ones dropped. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normalizeWord)
    .filter((w) => w.length > 0);
}

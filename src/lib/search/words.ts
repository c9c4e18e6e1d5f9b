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

/**
 * A word cut to its stem, crudely, for English inflections only: enough to tell a word's own forms
 * ("vaccines", "agreements", "country’s") from words that merely start the same ("had" for "ha").
 */
export function wordStem(word: string): string {
  let w = word.replace(/['’]s$/u, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("es")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Whether a page word (normalized) is the query term itself or one of its forms; a hyphenated word by its parts. */
export function isFormOf(word: string, term: string): boolean {
  if (word === term) return true;
  if (word.includes("-") && !term.includes("-")) return word.split("-").some((part) => isFormOf(part, term));
  const stem = wordStem(word);
  return stem.length >= 2 && stem === wordStem(term);
}

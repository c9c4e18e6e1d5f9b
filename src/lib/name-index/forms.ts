/**
 * How a form the reviews print is matched: as whole words; a space matches any run of whitespace;
 * a straight or curly apostrophe matches either; "Viet Nam" matches "Vietnam" too (the 2021 review
 * spells it "Viet Nam", the 2022 one "Vietnam"). Case is kept unless the entry says otherwise.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const escape = (text: string) => text.replace(SPECIAL, "\\$&");

/** A form as a regular expression source (no flags, no word boundaries). */
export function formSource(form: string, caseInsensitive = false): string {
  const source = form
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join("[\\s\\u00a0]+")
    .replace(/Viet\[\\s\\u00a0\]\+Nam/g, "Viet(?:[\\s\\u00a0]+N|n)am");
  return caseInsensitive ? `(?i:${source})` : source;
}

/**
 * What two forms share when they name the same thing for a reader or a search: letters and digits
 * only, lower case, without accents (`Hà Nội` → `hanoi`, `Viet Nam` → `vietnam`, `UN's` → `uns`).
 */
export function formKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whole words only: no letter or digit just before or after. */
export const WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
export const WORD_AFTER = "(?![\\p{L}\\p{N}])";

/**
 * The ordinal words that open the points of a review (`Firstly,` … or `First,` …): the importer
 * recognises points by them, and the site makes those points addressable.
 */
export const ORDINALS = [
  "First",
  "Second",
  "Third",
  "Fourth",
  "Fifth",
  "Sixth",
  "Seventh",
  "Eighth",
  "Ninth",
  "Tenth",
] as const;

const ORDINAL_OPENING = new RegExp(`^(?:${ORDINALS.join("|")})(?:ly)?,`);

/** True when a point's text opens with an ordinal word and a comma, as the reviews number them. */
export function opensWithOrdinal(text: string): boolean {
  return ORDINAL_OPENING.test(text.trimStart());
}

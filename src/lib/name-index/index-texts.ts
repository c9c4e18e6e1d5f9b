import type { Passage } from "../passages/review-text.ts";
import type { Caption } from "../schema/review.ts";

/** A passage where names are looked for: the review's passages and its photo captions. */
export type IndexPassage = Pick<Passage, "anchor" | "label" | "spoken" | "text">;

/** One review as the index reads it. */
export interface IndexedReview {
  year: number;
  /** The review's file, as errors name it. */
  file: string;
  /** The author's name where the edition adds it (`author.nameIsEditorial`). */
  editorialAuthor?: string | undefined;
  passages: IndexPassage[];
}

/** A review's passages in reading order, each photo caption after the passage before its place. */
export function indexPassages(passages: readonly Passage[], captions: readonly Caption[]): IndexPassage[] {
  const own: IndexPassage[] = passages.map(({ anchor, label, spoken, text }) => ({ anchor, label, spoken, text }));
  const captionPassages = captions.map((c, i) => ({
    anchor: c.id,
    label: `Photo caption ${i + 1}`,
    spoken: `photo caption ${i + 1}`,
    text: c.text,
  }));
  return [...own, ...captionPassages];
}

import type { ReviewRecord } from "../bibliography/review-record.ts";
import type { ReviewCitation } from "../citation/review-citation.ts";
import type { ReviewFrontmatter } from "../schema/review.ts";

/**
 * What an export of one review is made from: its frontmatter, its body as the site's pipeline
 * rendered it, and its bibliographic record (the same one the citations are made from).
 */
export interface ReviewExport {
  /** The review's file, for errors: `content/reviews/2021.md`. */
  file: string;
  data: ReviewFrontmatter;
  /** The body as rendered by src/lib/markdown/pipeline.ts (the content entry's `rendered.html`). */
  html: string;
  /** The review's one bibliographic record (src/lib/bibliography/): the package metadata and the teiHeader. */
  record: ReviewRecord;
  /** What the citations are written from, for the "How to cite" of the EPUB. */
  citation: ReviewCitation;
  /** e.g. `Monday, 8 January 2024, 08:55 (Hanoi time)`, as the page shows it. */
  publishedLabel: string;
  /** e.g. `Communist Review No. 984 (February 2022)`. */
  issueLabel: string;
}

/** The edition that publishes the exports. */
export interface EditionInfo {
  name: string;
  /** The home page, absolute. */
  url: string;
}

/** The name as a catalogue files it, family name first: `Bùi, Thanh Sơn`. */
export function fileAs(record: ReviewRecord): string | undefined {
  const name = record.author.name;
  return name && `${name.family}, ${name.given}`;
}

/** When an export was last changed: the review's online date, so that a rebuild changes nothing. */
export function modifiedOf(reviews: readonly ReviewExport[]): Date {
  return new Date(Math.max(...reviews.map((review) => new Date(review.data.published).getTime())));
}

import type { ReviewRecord } from "../bibliography/review-record.ts";
import { BUILD_STYLE_SHEETS } from "../citation/citation-styles.ts";
import { renderForms } from "../citation/review-citations.ts";
import type { RichText } from "../citation/rich-text.ts";
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
  /** The review's Chicago bibliography entry as citeproc-js renders it (src/lib/citation/), for the EPUB's "How to cite". */
  citation: RichText;
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

/** The Chicago bibliography entry of a review, the form the EPUB's "How to cite" gives. */
export function chicagoEntry(record: ReviewRecord): RichText {
  return renderForms(record, BUILD_STYLE_SHEETS, { kind: "review" })["chicago-bibliography"] ?? [];
}

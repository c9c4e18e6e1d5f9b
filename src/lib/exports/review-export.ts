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
  record: ReviewCitation;
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

/**
 * The name as a catalogue files it. Vietnamese names are written family name first (Bùi Thanh Sơn:
 * family name Bùi), so the first word leads: `Bùi, Thanh Sơn`.
 */
export function fileAs(name: string): string {
  const [family, ...given] = name.split(/\s+/);
  return given.length > 0 ? `${family ?? ""}, ${given.join(" ")}` : name;
}

/** When an export was last changed: the review's online date, so that a rebuild changes nothing. */
export function modifiedOf(reviews: readonly ReviewExport[]): Date {
  return new Date(Math.max(...reviews.map((review) => new Date(review.data.published).getTime())));
}

import type { Review } from "../reviews.ts";
import { readReviewText, type ReviewText } from "./review-text.ts";

const cache = new Map<string, ReviewText>();

/**
 * The sections and passages of a review, read from the HTML its year page shows (the content
 * layer's rendering of the Markdown), read once per build.
 */
export function reviewTextOf(review: Review): ReviewText {
  const key = `${review.id}:${review.digest ?? ""}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const html = review.rendered?.html;
  if (html === undefined) {
    throw new Error(
      `${review.filePath ?? review.id}: the review of ${review.data.year} has no rendered HTML; ` +
        "the collection must render Markdown when it loads (do not set deferRender).",
    );
  }
  const text = readReviewText(html, review.data.lead);
  cache.set(key, text);
  return text;
}

/** Where a review comes from, as an error message names it. */
export function reviewFile(review: Review): string {
  return review.filePath ?? `content/reviews/${review.id}.md`;
}

import type { Review } from "../reviews.ts";
import { reviewFile, reviewTextOf } from "../passages/review-passages.ts";
import { findParts, type ReviewParts } from "./parts.ts";

/** A review's four parts, by the rule in parts.ts with its frontmatter's `parts` overriding. */
export function partsOf(review: Review): ReviewParts {
  return findParts(reviewTextOf(review), review.data.parts ?? {}, reviewFile(review));
}

import { reviewRecord } from "../bibliography/review-record.ts";
import { reviewCitation } from "../citation/review-citation.ts";
import { formatPublished, issueLabel, type Review } from "../reviews.ts";
import { SITE_NAME } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { reviewHtml } from "./review-render.ts";
import type { EditionInfo, ReviewExport } from "./review-export.ts";

/** A content entry as the exports take it: frontmatter, rendered body, record and labels. */
export function reviewExport(review: Review): ReviewExport {
  return {
    file: review.filePath ?? `${review.id}.md`,
    data: review.data,
    html: reviewHtml(review),
    record: reviewRecord(review.data),
    citation: reviewCitation(review.data),
    publishedLabel: formatPublished(review.data.published),
    issueLabel: issueLabel(review),
  };
}

export const editionInfo = (): EditionInfo => ({ name: SITE_NAME, url: absoluteUrl() });

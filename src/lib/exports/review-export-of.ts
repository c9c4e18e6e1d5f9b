import { reviewRecord } from "../bibliography/review-record.ts";
import { formatPublished, issueLabel, reviewsNewestFirst, type Review } from "../reviews.ts";
import { SITE_NAME } from "../site.ts";
import { absoluteUrl } from "../urls.ts";
import { reviewHtml } from "./review-render.ts";
import { aboutXhtml } from "./epub/about-xhtml.ts";
import { charactersOf, literataForBook, type BookFont } from "./epub/book-fonts.ts";
import { reviewXhtml } from "./epub/review-xhtml.ts";
import { chicagoEntry, type EditionInfo, type ReviewExport } from "./review-export.ts";

/**
 * A content entry as the exports take it: frontmatter, rendered body, record and labels; made once
 * per entry and build (a review's EPUB, its TEI, the edition's EPUB and its typeface all ask).
 */
export function reviewExport(review: Review): ReviewExport {
  const key = `${review.id}:${review.digest ?? ""}`;
  const known = exports.get(key);
  if (known) return known;
  const made = exportOf(review);
  exports.set(key, made);
  return made;
}
const exports = new Map<string, ReviewExport>();

function exportOf(review: Review): ReviewExport {
  const record = reviewRecord(review.data);
  return {
    file: review.filePath ?? `${review.id}.md`,
    data: review.data,
    html: reviewHtml(review),
    record,
    citation: chicagoEntry(record),
    publishedLabel: formatPublished(review.data.published),
    issueLabel: issueLabel(review),
  };
}

export const editionInfo = (): EditionInfo => ({ name: SITE_NAME, url: absoluteUrl() });

/**
 * The typeface of every book of this build: Literata cut once to the characters of all the reviews'
 * documents (and of the book, should it have more), so that 100 books need one cut, not 100.
 */
export function editionTypeface(): (text: string) => Promise<BookFont[]> {
  editionCharacters ??= reviewsNewestFirst().then((reviews) =>
    charactersOf(
      reviews
        .map((review) => reviewXhtml(reviewExport(review)) + aboutXhtml(reviewExport(review), editionInfo()))
        .join(""),
    ),
  );
  const characters = editionCharacters;
  return async (bookText) => literataForBook(bookText, await characters);
}
let editionCharacters: Promise<Set<number>> | undefined;

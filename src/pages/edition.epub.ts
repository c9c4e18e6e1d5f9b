import { reviewsNewestFirst } from "../lib/reviews.ts";
import { epubBook } from "../lib/exports/epub/epub-book.ts";
import { wholeEditionUrn } from "../lib/exports/edition-urn.ts";
import { editionInfo, editionTypeface, reviewExport } from "../lib/exports/review-export-of.ts";
import { ogCard } from "../lib/og/og-cards.ts";
import { renderOgImage } from "../lib/og/drawn-cards.ts";

/** `edition.epub`: every review in one EPUB 3 book, oldest year first (src/lib/exports/epub/). */
export async function GET() {
  const reviews = (await reviewsNewestFirst()).reverse().map(reviewExport);
  const edition = editionInfo();
  const card = await ogCard("");
  const book = await epubBook({
    title: edition.name,
    identifier: wholeEditionUrn(),
    url: edition.url,
    reviews,
    edition,
    typeface: editionTypeface(),
    cover: { png: await renderOgImage(card), description: `${card.title}: ${card.footer}.` },
  });
  return new Response(book, { headers: { "Content-Type": "application/epub+zip" } });
}

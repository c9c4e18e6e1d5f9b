import type { GetStaticPaths } from "astro";
import { reviewsNewestFirst, type Review } from "../lib/reviews.ts";
import { epubBook } from "../lib/exports/epub/epub-book.ts";
import { reviewUrn } from "../lib/exports/edition-urn.ts";
import { editionInfo, editionTypeface, reviewExport } from "../lib/exports/review-export-of.ts";
import { ogCard } from "../lib/og/og-cards.ts";
import { renderOgImage } from "../lib/og/drawn-cards.ts";

/** `<year>.epub`: the review as an EPUB 3 book (src/lib/exports/epub/). */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({ params: { year: String(review.data.year) }, props: { review } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { review: Review } }) {
  const exported = reviewExport(props.review);
  const card = await ogCard(`${exported.data.year}/`);
  const book = await epubBook({
    title: exported.data.title,
    identifier: reviewUrn(exported.data.year),
    url: exported.record.url,
    reviews: [exported],
    edition: editionInfo(),
    typeface: editionTypeface(),
    cover: { png: await renderOgImage(card), description: `${card.kicker}: ${card.title}. ${card.footer}.` },
  });
  return new Response(book, { headers: { "Content-Type": "application/epub+zip" } });
}

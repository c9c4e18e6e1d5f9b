import type { GetStaticPaths } from "astro";
import { reviewsNewestFirst, type Review } from "../lib/reviews.ts";
import { reviewUrn } from "../lib/exports/edition-urn.ts";
import { editionInfo, reviewExport } from "../lib/exports/review-export-of.ts";
import { teiDocument } from "../lib/exports/tei/tei-document.ts";

/** `<year>.xml`: the review as a TEI P5 document (src/lib/exports/tei/). */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({ params: { year: String(review.data.year) }, props: { review } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { review: Review } }) {
  const exported = reviewExport(props.review);
  const tei = teiDocument(exported, editionInfo(), reviewUrn(exported.data.year));
  return new Response(tei, { headers: { "Content-Type": "application/tei+xml; charset=utf-8" } });
}

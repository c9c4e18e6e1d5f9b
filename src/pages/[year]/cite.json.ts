import type { APIRoute, GetStaticPaths } from "astro";
import { reviewRecord } from "../../lib/bibliography/review-record.ts";
import { reviewCiteData } from "../../lib/citation/review-cite-data.ts";
import type { CiteDialogData } from "../../lib/citation/dialog-data.ts";
import { reviewsNewestFirst } from "../../lib/reviews.ts";

/**
 * `<year>/cite.json`: what the Cite dialog shows (src/scripts/cite/dialog.ts), every string made by
 * citeproc-js at build time. The dialog fetches it with its code, at a reader's first reach for a
 * Cite button, so the page does not carry it; the page's own "How to cite" shows the review's forms.
 */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({
    params: { year: String(review.data.year) },
    props: { data: reviewCiteData(reviewRecord(review.data)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: CiteDialogData }> = ({ props }) =>
  new Response(JSON.stringify(props.data), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });

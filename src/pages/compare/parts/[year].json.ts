import type { APIRoute, GetStaticPaths } from "astro";
import { reviewsNewestFirst, type Review } from "../../../lib/reviews.ts";
import { compareColumnOf } from "../../../lib/compare/compare-column.ts";

/** One year's column of a comparison, which the browser sets beside another year's. */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({ params: { year: String(review.data.year) }, props: { review } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ review: Review }> = ({ props }) =>
  new Response(JSON.stringify(compareColumnOf(props.review)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });

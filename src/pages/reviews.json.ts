import { reviewsNewestFirst } from "../lib/reviews.ts";
import { reviewOutline } from "../lib/exports/review-render.ts";
import { reviewsJson } from "../lib/exports/reviews-json.ts";
import { SITE_NAME } from "../lib/site.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** `reviews.json`: every review's metadata and sections; its schema is `reviews.schema.json` beside it. */
export async function GET() {
  const reviews = await reviewsNewestFirst();
  const withOutlines = await Promise.all(
    reviews.map(async (review) => ({ data: review.data, outline: await reviewOutline(review) })),
  );
  const body = JSON.stringify(reviewsJson(withOutlines, { name: SITE_NAME, url: absoluteUrl() }), null, 2) + "\n";
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}

import type { GetStaticPaths } from "astro";
import { formatPublished, issueLabel, reviewsNewestFirst, type Review } from "../lib/reviews.ts";
import { reviewHtml } from "../lib/exports/review-render.ts";
import { reviewPlainText } from "../lib/exports/review-text.ts";
import { SITE_NAME } from "../lib/site.ts";
import { absoluteUrl, yearPage } from "../lib/urls.ts";

/** `<year>.txt`: the review as plain text, as a reader reads the page. */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({ params: { year: String(review.data.year) }, props: { review } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { review: Review } }) {
  const { review } = props;
  const text = reviewPlainText(review.data, reviewHtml(review), {
    publishedLabel: formatPublished(review.data.published),
    issueLabel: issueLabel(review),
    pageUrl: absoluteUrl(yearPage(review.data.year)),
    siteName: SITE_NAME,
  });
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

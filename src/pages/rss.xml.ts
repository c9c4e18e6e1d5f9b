import rss from "@astrojs/rss";
import { reviewsNewestFirst } from "../lib/reviews.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../lib/site.ts";
import { absoluteUrl, yearPage } from "../lib/urls.ts";

/** The feed of reviews, newest first: one item a year, dated by its online publication. */
export async function GET() {
  const reviews = await reviewsNewestFirst();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // Absolute links: @astrojs/rss would resolve a path against the origin only, losing the base.
    site: absoluteUrl(),
    customData: "<language>en</language>",
    items: reviews.map(({ data }) => ({
      title: data.title,
      link: absoluteUrl(yearPage(data.year)),
      pubDate: new Date(data.published),
      description: data.lead,
    })),
  });
}

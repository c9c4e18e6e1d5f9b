import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { reviewsNewestFirst } from "../lib/reviews.ts";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "../lib/site.ts";

/** The feed of reviews, newest first: one item a year, dated by its online publication. */
export async function GET(context: APIContext) {
  const reviews = await reviewsNewestFirst();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site ?? SITE_URL,
    customData: "<language>en</language>",
    items: reviews.map(({ data }) => ({
      title: data.title,
      link: `/${data.year}/`,
      pubDate: new Date(data.published),
      description: data.lead,
    })),
  });
}

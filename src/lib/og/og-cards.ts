import { issueLabel, reviewsNewestFirst } from "../reviews.ts";
import { SITE_NAME } from "../site.ts";
import { THEMES } from "../themes/themes.ts";
import type { OgCard } from "./og-image.ts";

/** The card the index of names' pages share (BaseLayout's ogPath). */
export const NAME_INDEX_CARD = "index-of-names/";
/**
 * The card the compare pages share, the index's and every pair's: a card per pair was 99 of the 214
 * images at 100 years, 1.2 MB of dist/ and a quarter of the images’ build time, for a preview whose title names
 * the two years anyway.
 */
export const COMPARE_CARD = "compare/";

/**
 * The card of every page that has one: a review's shows its year, its title as published and its
 * issue of the Communist Review; the others their own title under the part of the site they are in.
 * tests/site/og-images.test.ts checks that every built page names an image that was built.
 */
export function ogCards(): Promise<OgCard[]> {
  cards ??= allCards();
  return cards;
}
let cards: Promise<OgCard[]> | undefined;

/** The card of the page at `pagePath`; a page without one fails the build, saying where to add it. */
export async function ogCard(pagePath: string): Promise<OgCard> {
  const card = (await ogCards()).find((c) => c.path === pagePath);
  if (!card) throw new Error(`The page "${pagePath}" has no Open Graph card: add one in src/lib/og/og-cards.ts`);
  return card;
}

async function allCards(): Promise<OgCard[]> {
  const reviews = await reviewsNewestFirst();
  const across = (path: string, kicker: string, title: string): OgCard => ({ path, kicker, title, footer: SITE_NAME });
  return [
    {
      path: "",
      kicker: "A documentary edition",
      title: SITE_NAME,
      footer: "The Minister of Foreign Affairs’ annual reviews, from the Communist Review",
    },
    ...reviews.map((review) => ({
      path: `${review.data.year}/`,
      kicker: String(review.data.year),
      title: review.data.title,
      footer: issueLabel(review),
    })),
    across(COMPARE_CARD, "Across the years", "Compare two years"),
    across("figures/", "Across the years", "Key figures, each in the sentence it comes from"),
    across("themes/", "Across the years", "Themes"),
    ...THEMES.map((theme) => across(`themes/${theme.slug}/`, "Theme", theme.name)),
    across("search/", "Search", "Search the reviews of every year"),
    // One card for the index of names and all its pages (a PNG per name would cost 2 MB at two years);
    // not "index/", whose image would be og/index.png, the home page's.
    across(NAME_INDEX_CARD, "Across the years", "Index of names"),
  ];
}

/** Where a page's image is, inside the site: `2021/` → `og/2021.png`, the home page → `og/index.png`. */
export function ogImagePath(pagePath: string): string {
  return `og/${pagePath.replace(/\/$/, "") || "index"}.png`;
}

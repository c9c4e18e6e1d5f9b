import type { GetStaticPaths } from "astro";
import { ogCards, ogImagePath } from "../../lib/og/og-cards.ts";
import { drawCardsAhead, renderOgImage } from "../../lib/og/drawn-cards.ts";
import type { OgCard } from "../../lib/og/og-image.ts";

/**
 * `og/<page>.png`: each page's Open Graph image (src/lib/og/). Listing them starts drawing them all
 * in their thread: Astro lists every route's pages before it renders any.
 */
export const getStaticPaths = (async () => {
  const cards = await ogCards();
  drawCardsAhead(cards);
  return cards.map((card) => ({
    params: {
      card: ogImagePath(card.path)
        .replace(/^og\//, "")
        .replace(/\.png$/, ""),
    },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { card: OgCard } }) {
  return new Response(new Uint8Array(await renderOgImage(props.card)), { headers: { "Content-Type": "image/png" } });
}

import type { GetStaticPaths } from "astro";
import { ogCards, ogImagePath } from "../../lib/og/og-cards.ts";
import { renderOgImage, type OgCard } from "../../lib/og/og-image.ts";

/** `og/<page>.png`: each page's Open Graph image (src/lib/og/). */
export const getStaticPaths = (async () =>
  (await ogCards()).map((card) => ({
    params: {
      card: ogImagePath(card.path)
        .replace(/^og\//, "")
        .replace(/\.png$/, ""),
    },
    props: { card },
  }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { card: OgCard } }) {
  return new Response(new Uint8Array(await renderOgImage(props.card)), { headers: { "Content-Type": "image/png" } });
}

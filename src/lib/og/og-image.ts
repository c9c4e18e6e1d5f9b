import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";

/**
 * A page's Open Graph image: 1200×630 PNG with its title set in Literata on the site's paper, drawn
 * at build time by satori (layout to SVG) and resvg (SVG to PNG), with no browser. Both are
 * deterministic, so rebuilds give the same bytes.
 */
export interface OgCard {
  /** The page's path inside the site, e.g. `2021/` ("" for the home page). */
  path: string;
  /** The line above the title: the year of a review, or the part of the site. */
  kicker: string;
  title: string;
  /** The line under the rule: the issue of the Communist Review, or the edition's name. */
  footer: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

// The site's light colours (src/styles/global.css): paper, ink, muted, rule, accent.
const PAPER = "#fbfaf7";
const INK = "#1d1b18";
const MUTED = "#55504a";
const RULE = "#dcd6cc";
const ACCENT = "#8a1c1c";

const require = createRequire(import.meta.url);
/** Literata, the site's typeface, as WOFF (satori reads WOFF and TTF/OTF, not WOFF2). */
function literata(weight: 400 | 600) {
  return ["latin", "latin-ext", "vietnamese"].map((subset) => ({
    name: "Literata",
    weight,
    style: "normal" as const,
    data: readFileSync(require.resolve(`@fontsource/literata/files/literata-${subset}-${weight}-normal.woff`)),
  }));
}
let fonts: ReturnType<typeof literata> | undefined;

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Smaller type for longer titles, so that the longest review title keeps to five lines. */
function titleSize(title: string): number {
  return title.length > 140 ? 46 : title.length > 90 ? 54 : title.length > 40 ? 60 : 68;
}

/**
 * The PNG of one card. The build has them drawn in a worker thread, once each (drawn-cards.ts);
 * fonts are read once per thread.
 */
export async function drawOgImage(card: OgCard): Promise<Buffer> {
  fonts ??= [...literata(400), ...literata(600)];
  const tree = h(
    "div",
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      background: PAPER,
      color: INK,
      fontFamily: "Literata",
    },
    [
      h("div", { display: "flex", height: 14, background: ACCENT }),
      h(
        "div",
        {
          display: "flex",
          flexGrow: 1,
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "52px 80px 56px",
        },
        [
          h("div", { display: "flex", flexDirection: "column" }, [
            h("div", { display: "flex", fontSize: 44, fontWeight: 600, color: ACCENT }, card.kicker),
            h(
              "div",
              { display: "flex", fontSize: titleSize(card.title), fontWeight: 600, lineHeight: 1.18, marginTop: 20 },
              card.title,
            ),
          ]),
          h(
            "div",
            { display: "flex", borderTop: `2px solid ${RULE}`, paddingTop: 22, fontSize: 32, color: MUTED },
            card.footer,
          ),
        ],
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
  // Two ink colours and their anti-aliasing on flat paper fit a small palette with no visible
  // change, at about 40 % of the bytes (a year's card 61 → 27 KB): at 100 years the cards were most
  // of what put dist/ over its 25 MB budget. Effort 1, libimagequant's fastest: 26 ms of CPU a card
  // instead of 40 at effort 10, no pixel off by more than 10 of 255, 0–8 % more bytes (efforts 4–10
  // write the same bytes as 10; 1–3 the same as 1). Deterministic, so rebuilds stay equal.
  return sharp(png).png({ palette: true, colours: 32, effort: 1, compressionLevel: 9 }).toBuffer();
}

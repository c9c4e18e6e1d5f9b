import { createFontStack } from "@capsizecss/core";
import georgia from "@capsizecss/metrics/georgia";
import literata from "@capsizecss/metrics/literata";
import notoSerif from "@capsizecss/metrics/notoSerif";
import timesNewRoman from "@capsizecss/metrics/timesNewRoman";
import * as fontkit from "fontkit";

/**
 * Fallback faces shaped like Literata: each system serif a platform has (Georgia on Apple and
 * Windows, Noto Serif on Android, Times New Roman or its metric twin Liberation Serif elsewhere),
 * scaled by `size-adjust` to Literata's average width and given Literata's ascent, descent and line
 * gap, so that text set in the fallback takes the room Literata will take when it arrives.
 */

export const WEB_FONT = "Literata Variable";

/** The system serifs, in the order a stack tries them. */
const SYSTEM_SERIFS = [
  georgia,
  notoSerif,
  timesNewRoman,
  { ...timesNewRoman, familyName: "Liberation Serif", fullName: "Liberation Serif", postscriptName: "LiberationSerif" },
];

/** Literata's metrics as its own file states them; the average width from Capsize's weighting of English text. */
export function literataMetrics(fontFile: Buffer) {
  const font = fontkit.create(fontFile);
  if ("fonts" in font) throw new Error("a font collection where Literata was expected");
  return {
    familyName: WEB_FONT,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    unitsPerEm: font.unitsPerEm,
    xWidthAvg: literata.xWidthAvg,
    subsets: literata.subsets,
  };
}

/** The fallback @font-face rules and the font-family stack that names them after Literata. */
export function fallbackFaces(fontFile: Buffer): { css: string; fontFamily: string } {
  const { fontFaces, fontFamily } = createFontStack([literataMetrics(fontFile), ...SYSTEM_SERIFS], {
    fontFaceFormat: "styleString",
  });
  return { css: fontFaces, fontFamily: `${fontFamily}, serif` };
}

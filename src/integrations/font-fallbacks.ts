import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { fallbackFaces } from "../lib/fonts/fallback-faces.ts";

/**
 * A Vite plugin serving `virtual:font-fallbacks.css`: the metric-matched fallback faces for Literata,
 * computed at build time from the font file the site serves (src/lib/fonts/fallback-faces.ts). The
 * layout imports it; global.css names the faces in its serif stack (a test keeps the two in step).
 */
const ID = "virtual:font-fallbacks.css";
const RESOLVED = `\0${ID}`;

export default function fontFallbacks(fontFile: string): Plugin {
  return {
    name: "font-fallbacks",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(fontFile);
      return fallbackFaces(readFileSync(fontFile)).css;
    },
  };
}

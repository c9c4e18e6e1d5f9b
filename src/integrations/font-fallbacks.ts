import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { fallbackFaces } from "../lib/fonts/fallback-faces.ts";

/**
 * A Vite plugin for `virtual:font-fallbacks.css`: the metric-matched fallback faces for Literata,
 * computed at build time from the font file the site serves (src/lib/fonts/fallback-faces.ts).
 * Each page kind's stylesheet (src/styles/pages/) `@import`s it, and this plugin writes the faces in
 * place of that line before Tailwind reads the sheet (Tailwind resolves imports without Vite's
 * plugins), so the faces travel in the page's one stylesheet. global.css names the faces in its serif
 * stack (a test keeps the two in step).
 */
const ID = "virtual:font-fallbacks.css";
const IMPORT_LINE = `@import "${ID}";`;

export default function fontFallbacks(fontFile: string): Plugin {
  return {
    name: "font-fallbacks",
    // Before @tailwindcss/vite, which would fail to resolve the import.
    enforce: "pre",
    transform: {
      filter: { id: /\.css(?:\?.*)?$/, code: IMPORT_LINE },
      handler(code) {
        this.addWatchFile(fontFile);
        return { code: code.replace(IMPORT_LINE, fallbackFaces(readFileSync(fontFile)).css), map: null };
      },
    },
  };
}

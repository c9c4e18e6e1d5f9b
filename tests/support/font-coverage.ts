import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { inUnicodeRange } from "../../src/lib/fonts/displayed-characters.ts";

/** The uncut fonts the site's @font-face rules come from. */
export const LITERATA_FILES = "node_modules/@fontsource-variable/literata/files";

/** One @font-face of the built stylesheets: its file, weight range and unicode-range. */
export interface BuiltFace {
  file: string;
  weights: string;
  range: string;
  /** The code points the built file maps to a glyph. */
  cmap: Set<number>;
  includes: (code: number) => boolean;
}

function cmapOf(bytes: Buffer): Set<number> {
  const font = fontkit.create(bytes);
  if ("fonts" in font) throw new Error("a font collection where one font was expected");
  return new Set(font.characterSet);
}

/** The Literata faces of a built site, read from its stylesheets, each with its built file's cmap. */
export function builtFaces(dist: string): BuiltFace[] {
  const astro = join(dist, "_astro");
  const css = readdirSync(astro)
    .filter((f) => f.endsWith(".css"))
    .map((f) => readFileSync(join(astro, f), "utf8"))
    .join("\n");
  // Only faces with a file of their own: the metric-matched fallbacks are local() system fonts. Each
  // page kind's sheet declares the same faces: count each once.
  const faces = new Set(
    [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([face]) => face).filter((face) => face.includes("url(")),
  );
  return [...faces].map((face) => {
    const file = /url\(["']?[^"')]*\/([^/"')]+\.woff2)/.exec(face)?.[1] ?? "";
    const range = /unicode-range:\s*([^;}]*)/.exec(face)?.[1] ?? "";
    return {
      file,
      weights: /font-weight:\s*([^;}]*)/.exec(face)?.[1] ?? "",
      range,
      cmap: cmapOf(readFileSync(join(astro, file))),
      includes: inUnicodeRange(range),
    };
  });
}

/** Every code point Literata has a glyph for, over all its uncut files. */
export function literataCharacters(): Set<number> {
  const all = new Set<number>();
  for (const file of readdirSync(LITERATA_FILES).filter((f) => /-wght-normal\.woff2$/.test(f)))
    for (const code of cmapOf(readFileSync(join(LITERATA_FILES, file)))) all.add(code);
  return all;
}

/**
 * The characters of `codes` that Literata has but no built face both claims (unicode-range) and
 * carries (cmap): what a reader would see in a fallback font. Empty when the cut is right.
 */
export function uncovered(codes: Iterable<number>, faces: BuiltFace[], literata: Set<number>): string[] {
  return [...codes]
    .filter((code) => literata.has(code))
    .filter((code) => !faces.some((face) => face.includes(code) && face.cmap.has(code)))
    .map((code) => `${String.fromCodePoint(code)} U+${code.toString(16).toUpperCase()}`);
}

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import subsetFont from "subset-font";

/** A font file of the book, and the `@font-face` naming it (the stylesheet is in `styles/`). */
export interface BookFont {
  file: string;
  data: Uint8Array;
  css: string;
}

/** Literata's upright variable files, by script, in the order a character is given to the first that has it. */
const SCRIPTS = [
  { subset: "latin", family: "Literata" },
  { subset: "latin-ext", family: "Literata Latin Extended" },
  { subset: "vietnamese", family: "Literata Vietnamese" },
] as const;

/** The stylesheet's list: each script's face in turn (e-readers that ignore unicode-range still fall through per glyph). */
export const BOOK_FONT_FAMILIES = [...SCRIPTS.map((s) => `"${s.family}"`), "Georgia", "serif"].join(", ");

const require = createRequire(import.meta.url);

/**
 * The edition's typeface (Literata, SIL Open Font License 1.1, which allows subsetting and
 * embedding; the files keep their name table's copyright and licence) cut to the characters of
 * the book, weights 400 to 700, one file per script that the text uses. Deterministic.
 */
export function literataForBook(text: string, alsoCovering: ReadonlySet<number> = new Set()): Promise<BookFont[]> {
  const wanted = new Set(alsoCovering);
  for (const c of text) wanted.add(c.codePointAt(0) ?? 0);
  // Books of one build share their characters (see editionTypeface): each set is cut once.
  const key = String.fromCodePoint(...[...wanted].sort((a, b) => a - b));
  const known = cuts.get(key);
  if (known) return known;
  const cut = cutLiterata(wanted);
  cuts.set(key, cut);
  return cut;
}

/** The characters of a text, as code points. */
export function charactersOf(text: string): Set<number> {
  const characters = new Set<number>();
  for (const c of text) characters.add(c.codePointAt(0) ?? 0);
  return characters;
}
const cuts = new Map<string, Promise<BookFont[]>>();

async function cutLiterata(wanted: ReadonlySet<number>): Promise<BookFont[]> {
  const claimed = new Set<number>();
  const fonts: BookFont[] = [];
  for (const { subset, family } of SCRIPTS) {
    const uncut = await readFile(
      require.resolve(`@fontsource-variable/literata/files/literata-${subset}-wght-normal.woff2`),
    );
    const font = fontkit.create(uncut);
    if ("fonts" in font) throw new Error(`Literata ${subset}: a font collection, not one font`);
    const covered = font.characterSet.filter((c) => wanted.has(c) && !claimed.has(c) && c > 0x20);
    if (covered.length === 0) continue;
    for (const c of covered) claimed.add(c);
    // The space goes in every cut, so that a run of one script keeps its own word spacing.
    const data = await subsetFont(uncut, ` ${String.fromCodePoint(...covered)}`, {
      targetFormat: "woff2",
      variationAxes: { wght: { min: 400, max: 700 } },
    });
    const file = `literata-${subset}.woff2`;
    fonts.push({
      file,
      data: new Uint8Array(data),
      css: `@font-face { font-family: "${family}"; src: url(../fonts/${file}) format("woff2"); font-weight: 400 700; font-style: normal; }`,
    });
  }
  return fonts;
}

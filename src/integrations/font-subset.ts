import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import subsetFont from "subset-font";
import type { CiteDialogData } from "../lib/citation/dialog-data.ts";
import { builtFiles } from "./built-files.ts";
import {
  charactersOfCss,
  charactersOfHtml,
  charactersOfScript,
  charactersOfText,
  inUnicodeRange,
  unicodeRange,
} from "../lib/fonts/displayed-characters.ts";

/**
 * Cuts the self-hosted fonts to the characters the built site shows, once Astro has written it:
 * every page's text, the stylesheets' `content` strings, the scripts' messages and the compare parts
 * the browser shows. Each font file a stylesheet's @font-face names is replaced by its subset of the
 * characters that @font-face's unicode-range assigns it,
 * kept to the weight range that @font-face declares (fonts.css is where the range is set) and to the
 * OpenType features the text needs; its unicode-range becomes the characters it now covers, and a
 * font with none of them is dropped with its @font-face. New names carry the new content's hash,
 * and the stylesheets that changed are renamed in turn, so no cache serves an old cut.
 */

/** Kerning, ligatures, the required variation alternates and mark placement (for decomposed Vietnamese). */
const KEPT_FEATURES = ["kern", "liga", "rvrn", "ccmp", "mark", "mkmk"];
/** Vertical metrics (no vertical text) and the style table font menus read. */
const DROPPED_TABLES = ["vhea", "vmtx", "STAT"];

interface Options {
  /** Folders holding the uncut fonts, by the name Vite gave them before the hash. */
  sources: string[];
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const HASHED = /^(.+)\.[\w-]{8}\.(woff2|css)$/;

const contentHash = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("base64url").slice(0, 8);

const inPagefind = (file: string) => file.split(sep).includes("pagefind");

/** Every string value of a JSON document (not its keys). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

const isComparePart = (file: string) =>
  file.endsWith(".json") && file.split(sep).slice(-3, -1).join("|") === "compare|parts";
const isCiteData = (file: string) => basename(file) === "cite.json";

/** What the Cite dialog shows of a year's cite.json: its strings, not the addresses and types of its files. */
function citeDialogStrings(data: CiteDialogData): string[] {
  const templates = Object.values(data.templates).flatMap((forms) => Object.values(forms));
  return [
    data.title,
    data.note ?? "",
    ...data.forms.map((form) => form.label),
    ...data.files.map((file) => file.name),
    ...templates.flatMap((runs) => runs.map((run) => (typeof run === "string" ? run : run.em))),
  ];
}

/** What the site shows, over all its pages, stylesheets, scripts, compare parts and Cite strings. */
export async function displayedCharacters(files: string[]): Promise<Set<number>> {
  const chars = new Set<number>();
  for (const file of files) {
    if (inPagefind(file)) continue; // the index repeats the pages’ words
    if (file.endsWith(".html")) charactersOfHtml(await readFile(file, "utf8"), chars);
    else if (file.endsWith(".css")) charactersOfCss(await readFile(file, "utf8"), chars);
    else if (file.endsWith(".js")) charactersOfScript(await readFile(file, "utf8"), chars);
    else if (isComparePart(file))
      for (const s of jsonStrings(JSON.parse(await readFile(file, "utf8")))) charactersOfText(s, chars);
    else if (isCiteData(file))
      for (const s of citeDialogStrings(JSON.parse(await readFile(file, "utf8")) as CiteDialogData))
        charactersOfText(s, chars);
  }
  return chars;
}

interface Cut {
  name: string | undefined;
  range: string;
  bytesBefore: number;
  bytesAfter: number;
}

export default function fontSubsetIntegration(options: Options): AstroIntegration {
  return {
    name: "font-subset",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await builtFiles(site);
        const chars = await displayedCharacters(files);
        const cuts = new Map<string, Cut>();
        const claimed = new Set<number>();

        const cutFont = async (fontFile: string, css: string, face: string): Promise<Cut> => {
          const known = cuts.get(fontFile);
          if (known) return known;
          const stem = HASHED.exec(basename(fontFile))?.[1];
          const source = stem && (await findSource(options.sources, `${stem}.woff2`));
          if (!source)
            throw new Error(
              `font-subset: ${css} names ${basename(fontFile)}, and no uncut ${stem ?? "font"}.woff2 is in ${options.sources.join(", ")}. ` +
                "Point the integration's `sources` (astro.config.mjs) at the folder the @font-face url comes from.",
            );
          const weights = /font-weight:\s*(\d+)\s+(\d+)/.exec(face);
          if (!weights)
            throw new Error(
              `font-subset: the @font-face for ${basename(fontFile)} in ${css} declares no weight range; give it one (e.g. font-weight: 400 700 in src/styles/fonts.css).`,
            );
          const uncut = await readFile(source);
          const font = fontkit.create(uncut);
          if ("fonts" in font) throw new Error(`font-subset: ${source} is a collection, not one font`);
          // A character stays with the file its @font-face assigns it (the space is in every file), and
          // with the first such file only where ranges overlap (ơ is in the Vietnamese and Latin-ext cuts).
          const assigned = inUnicodeRange(/unicode-range:\s*([^;}]*)/.exec(face)?.[1]);
          const covered = font.characterSet.filter((c) => chars.has(c) && assigned(c) && !claimed.has(c));
          for (const c of covered) claimed.add(c);
          const cut: Cut = { name: undefined, range: unicodeRange(covered), bytesBefore: uncut.length, bytesAfter: 0 };
          await rm(fontFile);
          if (covered.length > 0) {
            const bytes = await subsetFont(uncut, String.fromCodePoint(...covered), {
              targetFormat: "woff2",
              keepFeatures: KEPT_FEATURES,
              dropTables: DROPPED_TABLES,
              variationAxes: { wght: { min: Number(weights[1]), max: Number(weights[2]) } },
            });
            cut.name = `${stem}.${contentHash(bytes)}.woff2`;
            cut.bytesAfter = bytes.length;
            await writeFile(join(dirname(fontFile), cut.name), bytes);
          }
          cuts.set(fontFile, cut);
          return cut;
        };

        const renamed = new Map<string, string>();
        for (const css of files.filter((f) => f.endsWith(".css"))) {
          const before = await readFile(css, "utf8");
          let after = before;
          for (const face of before.match(FONT_FACE) ?? []) {
            const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(face)?.[1];
            if (!url) continue;
            const cut = await cutFont(join(site, "_astro", basename(url)), css, face);
            const rewritten = cut.name
              ? face
                  .replace(basename(url), cut.name)
                  .replace(/unicode-range:[^;}]*/, `unicode-range:${cut.range}`)
                  .replace(/;?\s*\}$/, face.includes("unicode-range") ? "}" : `;unicode-range:${cut.range}}`)
              : "";
            after = after.replace(face, rewritten);
          }
          if (after === before) continue;
          const stem = HASHED.exec(basename(css))?.[1] ?? basename(css, ".css");
          const name = `${stem}.${contentHash(after)}.css`;
          await rm(css);
          await writeFile(join(dirname(css), name), after);
          renamed.set(basename(css), name);
        }
        // Pages (and any script that loads a stylesheet) now name the renamed stylesheets.
        for (const file of files.filter((f) => /\.(html|js)$/.test(f) && !inPagefind(f))) {
          const text = await readFile(file, "utf8");
          let next = text;
          for (const [from, to] of renamed) next = next.replaceAll(from, to);
          if (next !== text) await writeFile(file, next);
        }
        for (const [file, cut] of cuts)
          logger.info(
            `${basename(file)}: ${(cut.bytesBefore / 1000).toFixed(1)} KB → ${
              cut.name
                ? `${cut.name}, ${(cut.bytesAfter / 1000).toFixed(1)} KB`
                : "dropped (no shown character is left to it)"
            }`,
          );
      },
    },
  };
}

async function findSource(folders: string[], name: string): Promise<string | undefined> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    if (names.includes(name)) return join(folder, name);
  }
  return undefined;
}

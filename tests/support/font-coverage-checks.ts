import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { expect } from "vitest";
import { charactersOfHtml } from "../../src/lib/fonts/displayed-characters.ts";
import { builtPages } from "../site/built-pages.ts";
import { builtFaces, literataCharacters, uncovered } from "./font-coverage.ts";

/** The characters every page of a built site shows. */
export function shownCharacters(dist: string): Set<number> {
  const chars = new Set<number>();
  for (const page of builtPages(dist)) charactersOfHtml(readFileSync(join(dist, page), "utf8"), chars);
  return chars;
}

/**
 * What every built site must hold of its fonts: each shown character Literata has is in a built
 * face, once; every file keeps kerning and ligatures and the weight axis over 400–700 only; no font
 * file lies unused.
 */
export function expectFontsCutToTheText(dist: string): void {
  const faces = builtFaces(dist);
  expect(uncovered(shownCharacters(dist), faces, literataCharacters())).toEqual([]);
  for (const face of faces) {
    expect(face.weights, face.file).toBe("400 700");
    const font = fontkit.create(readFileSync(join(dist, "_astro", face.file)));
    if ("fonts" in font) throw new Error(`${face.file} is a collection`);
    expect(font.variationAxes["wght"], face.file).toMatchObject({ min: 400, max: 700 });
    expect(face.cmap.size, face.file).toBeGreaterThan(0);
    for (const other of faces.filter((f) => f !== face))
      expect(
        [...face.cmap].filter((c) => face.includes(c) && other.includes(c)),
        `${face.file} / ${other.file}`,
      ).toEqual([]);
  }
  const latin = faces.find((f) => f.file.startsWith("literata-latin-wght"));
  const latinFont = latin && fontkit.create(readFileSync(join(dist, "_astro", latin.file)));
  expect(latinFont && "availableFeatures" in latinFont ? latinFont.availableFeatures : []).toEqual(
    expect.arrayContaining(["kern", "liga"]),
  );
  const files = readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".woff2"));
  expect(files.sort()).toEqual(faces.map((f) => f.file).sort());
}

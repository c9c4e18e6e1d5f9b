import { describe, expect, test } from "vitest";
import { expectFontsCutToTheText, shownCharacters } from "../support/font-coverage-checks.ts";
import { builtFaces } from "../support/font-coverage.ts";
import { DIST } from "./built-pages.ts";

describe("the fonts, cut to the text at build time", () => {
  test("every character the pages show is in a built face once; kerning, ligatures and weights 400–700 kept", () => {
    expectFontsCutToTheText(DIST);
  });

  test("a character no page shows is not in the fonts", () => {
    const shown = shownCharacters(DIST);
    const faces = builtFaces(DIST);
    // In Literata, and in no review: they arrive with a year that prints them (tests/browser/three-years).
    for (const char of ["ễ", "€", "№", "Ж"]) {
      const code = char.codePointAt(0) ?? 0;
      expect(
        faces.some((f) => f.cmap.has(code)),
        char,
      ).toBe(shown.has(code));
    }
  });
});

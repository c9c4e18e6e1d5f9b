import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtPages, DIST } from "./built-pages.ts";

/**
 * Each page kind loads one stylesheet with what that kind shows (src/styles/pages/): a year page
 * carries no compare, figures or themes styles, and the pages across the years carry no reading
 * apparatus. Sizes are the benchmark's business; this holds what is in each sheet.
 */
const html = (page: string) => readFileSync(join(DIST, page), "utf8");
const sheetsOf = (page: string) =>
  [...html(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => href ?? "");
/** The one stylesheet a page links, read from dist/ (its href carries the base, if any). */
function sheetOf(page: string): string {
  const [href] = sheetsOf(page);
  return readFileSync(join(DIST, "_astro", (href ?? "").replace(/^.*\/_astro\//, "")), "utf8");
}

/** Selectors only the pages across the years style, and only a year page (print rules name others). */
const ACROSS_SELECTORS = [
  ".across-title",
  ".compare-table",
  ".measure-figure",
  ".figure-chart",
  ".theme-passage",
  ".themes-table",
];
const READING_SELECTORS = [".toc-list", ".note-popover-label", ".key-figures-list", ".point-lead", ".photo-note"];

describe.each(builtPages())("%s", (page) => {
  test("links exactly one stylesheet, with the faces and fallbacks it sets the text in", () => {
    expect(sheetsOf(page)).toHaveLength(1);
    const sheet = sheetOf(page);
    expect(sheet).toMatch(/font-family:Literata Variable;/);
    expect(sheet).toMatch(/Literata Variable Fallback/);
    // The typography plugin's .prose, which no page uses, once filled a sixth of the sheet.
    expect(sheet).not.toContain(".prose");
  });
});

describe("what each kind's stylesheet holds", () => {
  const holds = (sheet: string, selectors: string[]) => selectors.filter((s) => sheet.includes(s));

  test("a year page's sheet has the reading styles and none of the pages across the years", () => {
    const sheet = sheetOf("2021/index.html");
    expect(holds(sheet, READING_SELECTORS)).toEqual(READING_SELECTORS);
    expect(holds(sheet, ACROSS_SELECTORS)).toEqual([]);
    expect(sheetOf("2022/index.html")).toBe(sheet);
  });

  test("the compare, figures and themes pages each have their own, without the reading apparatus", () => {
    const own = {
      "compare/index.html": ".compare-table",
      "figures/index.html": ".measure-figure",
      "themes/index.html": ".theme-passage",
    };
    for (const [page, selector] of Object.entries(own)) {
      const sheet = sheetOf(page);
      expect(sheet, page).toContain(selector);
      expect(holds(sheet, READING_SELECTORS), page).toEqual([]);
      const others = Object.values(own).filter((s) => s !== selector);
      expect(holds(sheet, others), page).toEqual([]);
    }
  });

  test("the home and search pages carry neither", () => {
    for (const page of ["index.html", "search/index.html", "404.html"]) {
      expect(holds(sheetOf(page), [...READING_SELECTORS, ...ACROSS_SELECTORS]), page).toEqual([]);
    }
  });
});

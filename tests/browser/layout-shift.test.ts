import { describe, expect, inject, test } from "vitest";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { measureLayoutShift } from "./support/layout-shift.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** Every kind of page, and the second year too: its longer text wraps differently. */
const PAGES = [...PAGE_KINDS, { kind: "year", path: "/2022/" }];

/**
 * On a slow phone connection the text is drawn in a fallback serif before Literata arrives; the
 * fallback faces are shaped like Literata, so nothing moves when it does, on any kind of page.
 */
// A measurement is mostly waiting on the throttled network, so a few pages load side by side, each
// in a context of its own with its own throttling (Vitest's maxConcurrency); the fonts are held back
// until each page's own first paint, however busy the machine.
describe.concurrent.each([
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
])("no layout shift when the web font arrives late, at $width px", (viewport) => {
  for (const { kind, path } of PAGES) {
    test(`${kind} ${path}: cumulative layout shift 0.000`, async ({ expect }) => {
      const report = await measureLayoutShift(browser(), `${origin}${path}`, viewport, {
        fontsAfterFirstPaint: true,
      });
      // The font came after the text was first drawn: the swap happened in view.
      expect(report.lastFontEnd).toBeGreaterThan(report.firstContentfulPaint);
      expect(report.cls.toFixed(3), JSON.stringify(report.shifts)).toBe("0.000");
    }, 90_000);
  }
});

test("on a connection that brings the font in time, the text is set in Literata", async () => {
  const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${origin}/2021/`);
  await page.evaluate(() => document.fonts.ready);
  const literata = await page.evaluate(
    () =>
      [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Literata Variable" && f.status === "loaded")
        .length,
  );
  expect(literata).toBeGreaterThan(0);
  await page.close();
});

import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { axeViolations } from "./support/axe.ts";
import { sampledPages, urlPathOf } from "../site/built-pages.ts";

const origin = inject("origin");
const years = readdirSync("content/reviews")
  .map((f) => /^(\d{4})\.md$/.exec(f)?.[1])
  .filter((y): y is string => Boolean(y));
// Every page the build made, so a new page is checked without anyone listing it here; of the pages
// that are one template over different data (the index's entries, the themes), the largest, the
// median and the smallest of each.
const paths = sampledPages().map((page) => urlPathOf(page));
const browser = chromiumPerFile();

describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  // One tab per theme, going from page to page as a reader does, rather than a fresh context (a new
  // renderer, axe parsed and compiled cold) for each page; axe is injected once per page, not per width.
  let tab: Page | undefined;
  beforeAll(async () => {
    ({ page: tab } = await openPage(browser(), { colorScheme, bypassCSP: true }));
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  test.each(paths)("axe finds no violations on %s, at 1280 and at 360 px", async (path) => {
    if (!tab) throw new Error("no tab");
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(`${origin}${path}`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(tab)).toEqual([]);
  });
});

test("every page is checked, the reviews and the pages across the years among them", () => {
  expect(paths).toEqual(
    expect.arrayContaining(["/", ...years.map((y) => `/${y}/`), "/search/", "/404.html", "/compare/", "/index/"]),
  );
  expect(paths.filter((path) => /^\/index\/(?!years\/)[^/]+\/$/.test(path))).toHaveLength(3);
  expect(paths.filter((path) => /^\/themes\/[^/]+\/$/.test(path))).toHaveLength(3);
  expect(paths).toContain("/themes/");
});

// These wait on the network more than they work, so a few pages load side by side (Vitest's
// maxConcurrency), each in a context of its own: a page's errors are its own, from a cold cache. The
// page is then narrowed to 320 px where it stands (its media queries and resize handlers run, and
// any error they raise is caught too), rather than loaded a second time at that width.
describe.concurrent("each page alone", () => {
  test.for(paths)(
    "%s loads with no console error and no CSP violation, and reads at 320 px without sideways scrolling",
    async (path, { expect }) => {
      const { page, errors } = await openPage(browser());
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState("networkidle");
      await page.setViewportSize({ width: 320, height: 640 });
      await page.waitForFunction(() => innerWidth === 320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

test("the theme toggle pins dark over a light system, and keeps it across pages", async () => {
  const { page } = await openPage(browser(), { colorScheme: "light" });
  await page.goto(`${origin}/`);
  const toggle = page.locator(".theme-toggle");
  expect(await toggle.getAttribute("aria-pressed")).toBe("false");
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await paper();
  await toggle.click();
  expect(await toggle.getAttribute("aria-pressed")).toBe("true");
  expect(await paper()).not.toBe(light);
  await page.goto(`${origin}/${years[0] ?? ""}/`);
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  await page.context().close();
});

test("the axe gate reports text under 7:1, AAA's enhanced contrast (6.9:1 here), not only AA's 4.5:1", async () => {
  const { page } = await openPage(browser(), { bypassCSP: true });
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><p style="color:#5c5750;background:#fbfaf7">Muted</p></main></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.filter((v) => v.startsWith("color-contrast"))).toEqual([
    expect.stringMatching(/^color-contrast-enhanced /),
  ]);
  await page.context().close();
});

test("the axe gate reports text under AA's 4.5:1 (3.0:1 here) by AA's rule, which the enhanced one leaves to it", async () => {
  const { page } = await openPage(browser(), { bypassCSP: true });
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><p style="color:#949494;background:#ffffff">Faint</p></main></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.filter((v) => v.startsWith("color-contrast"))).toEqual([
    expect.stringMatching(/^color-contrast \(serious\).* p$/),
  ]);
  await page.context().close();
});

test("the axe gate reports a real violation (an image without alternative text)", async () => {
  const { page } = await openPage(browser(), { bypassCSP: true });
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith("image-alt"))).toBe(true);
  await page.context().close();
});

import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { SITE_NAME } from "../../src/lib/site.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** Where the header's parts stand, and how many lines the name takes. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const title = document.querySelector<HTMLElement>(".site-title");
    if (!title) return undefined;
    const range = document.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const own = title.getBoundingClientRect();
    const font = getComputedStyle(title).fontFamily.split(",")[0];
    return {
      name: title.innerText.replace(/\s+/g, " ").trim(),
      lines: Math.round(own.height / parseFloat(getComputedStyle(title).lineHeight)),
      // Words wider than the link (an ellipsis), or lines below its box: cut off.
      clipped: text.width > own.width + 0.5 || title.scrollHeight > title.clientHeight + 1,
      title: own.toJSON() as DOMRect,
      header: box(".site-header")?.toJSON() as DOMRect,
      search: box(".site-search-input")?.toJSON() as DOMRect,
      toggle: box(".theme-toggle")?.toJSON() as DOMRect,
      literata: document.fonts.check(`16px ${font ?? "serif"}`),
      width: innerWidth,
    };
  });
}

describe.each([
  [320, 2],
  [360, 2],
  [1280, 1],
])("the header at %i px", (width, lines) => {
  test.each(["light", "dark"] as const)(
    `shows the edition's whole name in ${lines} line(s) beside the search field and theme toggle (%s)`,
    async (colorScheme) => {
      const { page } = await openPage(browser(), { colorScheme, viewport: { width, height: 640 } });
      // The first visit draws the matched fallback serif, the next one Literata from the cache.
      for (const visit of ["fallback", "Literata"]) {
        await page.goto(`${origin}/2021/`);
        await page.evaluate(() => document.fonts.ready);
        const layout = await headerLayout(page);
        expect(layout, visit).toBeDefined();
        if (!layout) return;
        expect(layout.name, visit).toBe(SITE_NAME);
        expect(layout.lines, visit).toBe(lines);
        expect(layout.clipped, visit).toBe(false);
        expect(layout.title.bottom, visit).toBeLessThanOrEqual(layout.header.bottom);
        expect(layout.title.right, visit).toBeLessThanOrEqual(layout.search.left);
        expect(layout.search.right, visit).toBeLessThanOrEqual(layout.toggle.left);
        expect(layout.toggle.right, visit).toBeLessThanOrEqual(layout.width);
      }
      await page.context().close();
    },
  );

  test("the name, the search field and the theme toggle are reached in that order by Tab", async () => {
    const { page } = await openPage(browser(), { viewport: { width, height: 640 } });
    await page.goto(`${origin}/2021/`);
    const reached: string[] = [];
    for (let press = 0; press < 6 && !reached.includes("theme-toggle"); press++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.className.split(" ")[0] ?? ""));
    }
    const order = ["site-title", "site-search-input", "theme-toggle"].map((name) => reached.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.context().close();
  });
});

import { describe, expect, inject, test } from "vitest";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { ENTRY_KINDS } from "../../src/lib/schema/name-index.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

describe("the index of names", () => {
  test("/index/ reads without JavaScript: a section per kind, reached from the kinds' links, entries A–Z", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin}/index/`);
    const kinds = await page.$$eval(".name-kinds a", (links) => links.map((a) => a.getAttribute("href")));
    expect(kinds).toEqual(ENTRY_KINDS.map((k) => `#${k}`));
    for (const kind of ENTRY_KINDS) expect(await page.locator(`section#${kind} h2`).count()).toBe(1);
    const people = await page.$$eval("#person .name-entry-heading", (links) => links.map((a) => a.textContent));
    expect(people).toEqual(["António Guterres", "Bùi Thanh Sơn", "Ho Chi Minh", "Nguyen Phu Trong", "Pham Minh Chinh"]);
    await page.context().close();
  });

  test("an entry's mentions, newest year first, each open its paragraph with the words marked", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/index/nguyen-phu-trong/`);
    const years = await page.$$eval(".theme-year", (sections) => sections.map((s) => s.id));
    expect(years).toEqual(["year-2022", "year-2021"]);
    const marks = await page.$$eval("#year-2021 mark", (m) => m.map((x) => x.textContent));
    expect(marks).toEqual([
      "General Secretary Nguyen Phu Trong",
      "General Secretary Nguyen Phu Trong",
      "General Secretary Nguyen Phu Trong",
    ]);
    const link = page.locator("#year-2021 .mentions > li > a").first();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(
      /^\/2021\/\?highlight=General&highlight=Secretary&highlight=Nguyen&highlight=Phu&highlight=Trong#p-\d+$/,
    );
    await Promise.all([page.waitForURL((u) => u.href.endsWith(href)), link.click()]);
    await page.locator("mark.search-mark").first().waitFor();
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const marked = await page.$$eval(`[id="${target}"] mark.search-mark`, (m) => m.map((x) => x.textContent));
    expect(marked).toContain("Nguyen");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a year page leads to the names of its review, and that page lists only them", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/2021/`);
    await Promise.all([page.waitForURL(/\/index\/years\/2021\/$/), page.click("text=Names in this review")]);
    const entries = await page.$$eval(".name-entry-heading", (links) => links.map((a) => a.textContent));
    expect(entries).toContain("UNCLOS");
    expect(entries).not.toContain("Laos");
    const counts = await page.$$eval(".name-entry-counts a", (links) => links.map((a) => a.textContent ?? ""));
    for (const count of counts) expect(count).toMatch(/^2021: \d+ mentions?$/);
    await page.context().close();
  });

  test("an abbreviation’s first use shows its expansion on focus, within the screen at 360 and 1280 px", async () => {
    for (const width of [360, 1280]) {
      const { page } = await openPage(browser(), { viewport: { width, height: 800 } });
      await page.goto(`${origin}/2022/`);
      const abbr = page.locator("abbr.abbr", { hasText: "ASEAN" }).first();
      const expansion = abbr.locator(".abbr-expansion");
      expect((await expansion.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
      await abbr.focus();
      const box = await expansion.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      expect(await expansion.textContent()).toBe(" (Association of Southeast Asian Nations — the editors’ expansion)");
      await page.context().close();
    }
  });
});

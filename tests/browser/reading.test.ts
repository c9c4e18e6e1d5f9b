import { describe, expect, inject, test } from "vitest";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { pageText } from "./support/page-words.ts";
import { PLACEHOLDER_SITE_URL } from "../../src/lib/site-address.ts";
import { correctedSource, firstDifference, sourceArticles, sourceTextWords, words } from "../support/source-words.ts";

const origin = inject("origin");
const articles = sourceArticles();
const browser = chromiumPerFile();

describe.each(articles)("the review of $year ($file)", ({ year, text }) => {
  test("shows every word of the source, in order, and no other (declared corrections apart)", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${origin}/${year}/`);
    const actual = words(await pageText(page));
    const expected = sourceTextWords(correctedSource(year, text));
    expect(firstDifference(expected, actual)).toBeUndefined();
    expect(actual.length).toBe(expected.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("every section and point link lands its target in view, below the sticky header", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/${year}/`);
    const ids = await page.$$eval(".toc-aside a[href^='#']", (links) =>
      links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))),
    );
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) {
      await page.goto(`${origin}/${year}/#${id}`);
      const box = await page.evaluate((target) => {
        const el = document.getElementById(target);
        const header = document.querySelector(".site-header");
        if (!el || !header) return undefined;
        return {
          top: el.getBoundingClientRect().top,
          headerBottom: header.getBoundingClientRect().bottom,
          height: innerHeight,
        };
      }, id);
      expect(box, `#${id} exists`).toBeDefined();
      if (!box) continue;
      expect(box.top, `#${id} is not under the header`).toBeGreaterThanOrEqual(box.headerBottom - 1);
      expect(box.top, `#${id} is in view`).toBeLessThan(box.height / 2);
    }
    await page.context().close();
  });
});

describe("deep links", () => {
  const year = articles[0]?.year ?? 2021;

  // The permanent address (the canonical one, as built: dist/ has no SITE_URL) is copied, whatever
  // host the page was opened on; the address bar moves to the section.
  test("the link after a heading copies the section's permanent URL and says so", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${origin}/${year}/`);
    const link = page.locator("article h2 .heading-link").first();
    const id = await page.locator("article h2").first().getAttribute("id");
    await link.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${PLACEHOLDER_SITE_URL}/${year}/#${id}`);
    expect(page.url()).toBe(`${origin}/${year}/#${id}`);
    const said = await page.evaluate(() => ({
      shown: document.querySelector(".copy-feedback")?.textContent,
      announced: [...document.querySelectorAll("[role=status]")].map((s) => s.textContent).includes("Link copied"),
    }));
    expect(said).toEqual({ shown: "Link copied", announced: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("every paragraph has a permalink id and a ¶ number that copies it", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${origin}/${year}/`);
    const paragraphs = await page.$$eval(".review-text > p, .review-text > ol > li", (ps) =>
      ps.map((p) => ({ id: p.id, number: p.querySelector(".para-link")?.textContent?.replace(/\D+/g, "") })),
    );
    expect(paragraphs.length).toBeGreaterThan(10);
    paragraphs.forEach((p, i) => {
      expect(p.id).toMatch(/^p-\d+$/);
      expect(p.number).toBe(String(i + 1));
    });
    await page.locator("#p-3 .para-link").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PLACEHOLDER_SITE_URL}/${year}/#p-3`);
    await page.context().close();
  });

  test("arriving at an anchor marks the target", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/${year}/#p-2`);
    const animation = await page.$eval("#p-2", (el) => getComputedStyle(el).animationName);
    expect(animation).toBe("arrive");
  });
});

describe("contents", () => {
  const year = articles[0]?.year ?? 2021;

  test("on a narrow screen the contents are a disclosure at the top", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/${year}/`);
    await expect.poll(() => page.locator(".toc-aside").isVisible()).toBe(false);
    const summary = page.locator(".toc-disclosure summary");
    expect(await summary.isVisible()).toBe(true);
    await summary.click();
    expect(await page.locator(".toc-disclosure a").first().isVisible()).toBe(true);
  });

  test("on a wide screen the contents stay in view and mark the section being read", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/${year}/`);
    const secondSection = await page.locator("article h2[id]").nth(1).getAttribute("id");
    await page.locator(`#${secondSection}`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id ?? "")?.scrollIntoView(), secondSection);
    await expect
      .poll(() => page.locator(".toc-aside a[aria-current='location']").getAttribute("href"))
      .toBe(`#${secondSection}`);
    expect(await page.locator(".toc-aside").isVisible()).toBe(true);
  });
});

import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe.ts";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { measureFirstQuery } from "./support/measure-search.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** The search page's results once they have settled: year, section and link of each. */
async function pageResults(page: Page, path: string) {
  await page.goto(`${origin}${path}`);
  // The empty page's status is in the HTML; a query's status is written once its results are in.
  const settled = new URL(path, origin).searchParams.get("q") ? "match" : "Type words";
  await page.waitForFunction(
    (word) => (document.querySelector("#search-page-status")?.textContent ?? "").includes(word),
    settled,
  );
  return page.$$eval("#search-page-results .search-result-link", (links) =>
    links.map((a) => ({
      year: a.querySelector(".search-hit-year")?.textContent ?? "",
      href: (a as HTMLAnchorElement).getAttribute("href") ?? "",
      text: a.closest("li")?.textContent ?? "",
      marks: [...(a.closest("li")?.querySelectorAll("mark") ?? [])].map((m) => m.textContent ?? ""),
    })),
  );
}

describe("the search page", () => {
  test("bamboo finds passages in both years, with the term marked in each excerpt", async () => {
    const { page, errors } = await openPage(browser());
    const results = await pageResults(page, "/search/?q=bamboo");
    expect(new Set(results.map((r) => r.year))).toEqual(new Set(["2021", "2022"]));
    for (const r of results) expect(r.marks.join(" ").toLowerCase()).toContain("bamboo");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("vaccine finds a 2021 passage whose anchor exists on the year page", async () => {
    const { page, errors } = await openPage(browser());
    const results = await pageResults(page, "/search/?q=vaccine");
    const hit = results.find((r) => r.year === "2021");
    expect(hit?.href).toMatch(/^\/2021\/\?highlight=vaccine#./);
    const id = decodeURIComponent(new URL(hit?.href ?? "", origin).hash.slice(1));
    await page.goto(`${origin}/2021/`);
    expect(await page.evaluate((target) => Boolean(document.getElementById(target)), id)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(["Vietnam", "Viet Nam"])("%s finds both years", async (query) => {
    const { page, errors } = await openPage(browser());
    const results = await pageResults(page, `/search/?q=${encodeURIComponent(query)}`);
    expect(new Set(results.map((r) => r.year))).toEqual(new Set(["2021", "2022"]));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the URL's year keeps only that year, and the filter lists every year with its count", async () => {
    const { page, errors } = await openPage(browser());
    const results = await pageResults(page, "/search/?q=bamboo&year=2022");
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.year))).toEqual(new Set(["2022"]));
    expect(await page.inputValue("#search-page-input")).toBe("bamboo");
    expect(await page.isChecked("input[name=year][value='2022']")).toBe(true);
    const labels = await page.$$eval(".search-years label", (ls) =>
      ls.map((l) => l.textContent?.replace(/\s+/g, " ").trim()),
    );
    expect(labels).toEqual([
      expect.stringMatching(/^All years \(\d+\)$/),
      expect.stringMatching(/^2022 \([1-9]\d*\)$/),
      expect.stringMatching(/^2021 \([1-9]\d*\)$/),
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("typing and choosing a year update the URL", async () => {
    const { page, errors } = await openPage(browser());
    await pageResults(page, "/search/");
    await page.fill("#search-page-input", "vaccine");
    await page.waitForFunction(() => /match/.test(document.querySelector("#search-page-status")?.textContent ?? ""));
    await page.check("input[name=year][value='2021']");
    expect(new URL(page.url()).search).toBe("?q=vaccine&year=2021");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a quoted phrase finds only that phrase", async () => {
    const { page } = await openPage(browser());
    const loose = await pageResults(page, "/search/?q=economic%20diplomacy");
    const exact = await pageResults(page, `/search/?q=${encodeURIComponent('"economic diplomacy"')}`);
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.length).toBeLessThan(loose.length);
    for (const r of exact) expect(r.text.toLowerCase()).toMatch(/economic\s+diplomacy/);
    // The status quotes the phrase once, not its straight quotes inside curly ones.
    expect(await page.textContent("#search-page-status")).toMatch(/ match “economic diplomacy”\.$/);
    await page.context().close();
  });

  test.each([
    ["diplomatic highlights", "2021"],
    ["diplomatic landmarks", "2022"],
  ])("a query matching a year's title (%s) ranks %s first", async (query, year) => {
    const { page } = await openPage(browser());
    const results = await pageResults(page, `/search/?q=${encodeURIComponent(query)}`);
    expect(results[0]?.year).toBe(year);
    await page.context().close();
  });

  test("no result and an empty field offer terms that exist and the years", async () => {
    const { page, errors } = await openPage(browser());
    await pageResults(page, "/search/?q=zyxwvq");
    expect(await page.textContent("#search-page-status")).toContain("No passage matches");
    expect(await page.textContent("#search-page-help")).toMatch(/Try bamboo, /);
    expect(await page.isVisible("#search-page-help a[data-suggestion='bamboo']")).toBe(true);
    expect(await page.$$eval("#search-page-years a", (as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/2022/",
      "/2021/",
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("without JavaScript it says search needs it, and lists the years", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin}/search/?q=bamboo`);
    expect(await page.textContent("body")).toContain("Search needs JavaScript");
    expect(await page.isVisible("a[href='/2021/']")).toBe(true);
    expect(await page.isVisible("#search-page-input")).toBe(false);
    await page.context().close();
  });

  test("axe finds no violations with results shown", async () => {
    const { page, errors } = await openPage(browser());
    await pageResults(page, "/search/?q=bamboo");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the header field", () => {
  test("nothing of the search engine is downloaded until the field is used", async () => {
    const { page, errors } = await openPage(browser());
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/2021/`, { waitUntil: "networkidle" });
    expect(fetched.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    await page.focus("#site-search-input");
    await page.waitForRequest((r) => r.url().endsWith("/pagefind/pagefind.js"));
    expect(fetched.some((p) => p.includes("pagefind-highlight"))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("/ on a year page focuses it; typing lists results; arrows and Enter follow one, which marks the term", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/2022/`);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-input");
    await page.keyboard.type("bamboo");
    // Results for a prefix typed on the way ("ba") may show first; wait for the whole word's.
    await page.locator("#site-search-listbox [role=option][href*='highlight=bamboo']").first().waitFor();
    expect(await page.getAttribute("#site-search-input", "aria-expanded")).toBe("true");
    expect(await page.textContent("#site-search-status")).toMatch(/\d+ passages? in \d/);
    // "bamboo" is a printed form of an index entry, which comes first; the passages follow it.
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#site-search-option-entry", "aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    const activeId = await page.getAttribute("#site-search-input", "aria-activedescendant");
    expect(await page.getAttribute(`#${activeId}`, "aria-selected")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    const href = await page.getAttribute(`#${activeId}`, "href");
    await Promise.all([page.waitForURL((u) => u.href.endsWith(href ?? "?")), page.keyboard.press("Enter")]);
    await page.locator("mark.search-mark").first().waitFor();
    expect((await page.textContent("mark.search-mark"))?.toLowerCase()).toBe("bamboo");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Escape closes the list and leaves focus in the field; Ctrl+K focuses it; / typed in a field stays text", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${origin}/search/`);
    await page.focus("#search-page-input");
    await page.keyboard.type("a/b");
    expect(await page.inputValue("#search-page-input")).toBe("a/b");
    await page.keyboard.press("Control+k");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-input");
    await page.keyboard.type("vaccine");
    await page.locator("#site-search-listbox [role=option]").first().waitFor();
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#site-search-popup")).toBe(true);
    expect(await page.getAttribute("#site-search-input", "aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-input");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a year page reached without a query fetches none of the highlighter's code; with one, it marks", async () => {
    const { page, errors } = await openPage(browser());
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    const highlighter = (path: string) => /\/_astro\/highlight\.[\w-]+\.js$|pagefind-highlight/.test(path);
    await page.goto(`${origin}/2021/`, { waitUntil: "networkidle" });
    expect(fetched.filter(highlighter)).toEqual([]);
    await page.goto(`${origin}/2021/?highlight=bamboo`);
    await page.locator("mark.search-mark").first().waitFor();
    expect(fetched.filter(highlighter)).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a result followed without an anchor brings the first mark into view", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/2021/?highlight=vaccine`);
    await page.locator("mark.search-mark").first().waitFor();
    const top = await page.$eval("mark.search-mark", (m) => m.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(800);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the first query costs at most 120 KB as a compressing host sends it", async () => {
    // Without the offline worker, whose fetches this page's network events would not see.
    const { page, errors } = await openPage(browser(), { serviceWorkers: "block" });
    const cost = await measureFirstQuery(page, `${origin}/2021/`, "bamboo");
    console.info(
      `first query: ${cost.gzipBytes} B gzipped (${cost.bytes} B as the test server sends it) in ${cost.ms} ms`,
    );
    expect(cost.gzipBytes).toBeLessThanOrEqual(120 * 1024);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** The search page once a query's answer is in: status, the entry shown first, the passages and their marks. */
async function answer(page: Page, query: string) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => !(document.querySelector("#search-page-status")?.textContent ?? "").startsWith("Type words"),
  );
  // "Did you mean" may follow the first answer: let it settle.
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => ({
    status: document.querySelector("#search-page-status")?.textContent ?? "",
    entry: document.querySelector("#search-page-entry .search-entry")?.textContent ?? "",
    entryHref: document.querySelector("#search-page-entry a")?.getAttribute("href") ?? "",
    entryFirst:
      document
        .querySelector("#search-page-entry")
        ?.compareDocumentPosition(document.querySelector("#search-page-results") as Node) ===
      Node.DOCUMENT_POSITION_FOLLOWING,
    closestLabel: !(document.querySelector("#search-page-closest") as HTMLElement | null)?.hidden,
    results: [...document.querySelectorAll("#search-page-results li")].map((li) => ({
      text: li.querySelector(".search-result-excerpt")?.textContent ?? "",
      marks: [...li.querySelectorAll("mark")].map((m) => m.textContent ?? ""),
    })),
    counts: [...document.querySelectorAll("[data-year-count]")].map((el) => el.textContent ?? ""),
  }));
}

describe("search knows the index of names and counts honestly", () => {
  test("“Hà Nội” (the texts print “Hanoi”) shows the entry first, and marks no “had”, “has” or “No.”", async () => {
    const { page, errors } = await openPage(browser());
    const found = await answer(page, "Hà Nội");
    expect(found.entry).toBe("Index of names: Hanoi — Place, 1 mention in 1 year.");
    expect(found.entryHref).toBe("/index/hanoi/");
    expect(found.entryFirst).toBe(true);
    expect(found.status).not.toMatch(/\d+ passages? .*match/);
    expect(found.results.flatMap((r) => r.marks)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("“Phạm Minh Chính” finds the Prime Minister's entry first and the passage naming him, marked", async () => {
    const { page, errors } = await openPage(browser());
    const found = await answer(page, "Phạm Minh Chính");
    expect(found.entry).toBe("Index of names: Pham Minh Chinh — Person, 1 mention in 1 year.");
    expect(found.status).toBe("1 passage in 2021 match “Phạm Minh Chính”.");
    expect(found.results).toHaveLength(1);
    expect(found.results[0]?.marks).toEqual(["Pham", "Minh", "Chinh"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("“Bui Thanh Son”, whom the articles do not name, is the author's entry; “build” and “than” are no match", async () => {
    const { page, errors } = await openPage(browser());
    const found = await answer(page, "Bui Thanh Son");
    expect(found.entry).toContain("Bùi Thanh Sơn — Person, the author of the reviews");
    expect(found.entryHref).toBe("/index/bui-thanh-son/");
    expect(found.results).toEqual([]);
    expect(found.status).toMatch(/^No passage holds the words “Bui Thanh Son”/);
    expect(found.counts).toEqual(["(0)", "(0)", "(0)"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("“quantum bamboo”: no passage holds both, the status says so, the closest follow under their label", async () => {
    const { page, errors } = await openPage(browser());
    const found = await answer(page, "quantum bamboo");
    expect(found.status).toBe("No passage holds all of “quantum bamboo”.");
    expect(found.closestLabel).toBe(true);
    expect(found.counts).toEqual(["(0)", "(0)", "(0)"]);
    expect(found.results.length).toBeGreaterThan(0);
    for (const r of found.results) {
      expect(r.text.toLowerCase()).toContain("bamboo");
      for (const mark of r.marks) expect(mark.toLowerCase()).toContain("bamboo");
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a query holding every word counts the passages as matches, without the closest label", async () => {
    const { page } = await openPage(browser());
    const found = await answer(page, "bamboo diplomacy");
    expect(found.status).toMatch(/^\d+ passages in 2 years match “bamboo diplomacy”\.$/);
    expect(found.closestLabel).toBe(false);
    await page.context().close();
  });

  test("from the header field, the entry is the first option and Enter opens its page", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/2022/`);
    await page.focus("#site-search-input");
    await page.keyboard.type("UN Human Rights Council");
    await page.locator("#site-search-option-entry").waitFor();
    expect(await page.textContent("#site-search-option-entry")).toContain("United Nations Human Rights Council");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/\/index\/un-human-rights-council\/$/), page.keyboard.press("Enter")]);
    expect(await page.textContent("h1")).toBe("United Nations Human Rights Council");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

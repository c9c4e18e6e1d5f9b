import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe.ts";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";

// Results that land on the paragraph or note holding the words, and "did you mean" when none does.

const origin = inject("origin");
const browser = chromiumPerFile();

/** The passage each query's words stand in, and how its result names the place. */
const LANDINGS = [
  ["bridge connecting ASEAN", "/2021/#p-11", "2021 · Viet Nam’s diplomatic highlights in 2021 · Paragraph ¶ 11"],
  ["Net zero", "/2021/#note-2", "2021 · Note 2 (to Paragraph ¶ 12)"],
  ["UNCLOS", "/2021/#p-8", "2021 · Viet Nam’s diplomatic highlights in 2021 · Paragraph ¶ 8"],
  ["vaccine coverage", "/2021/#p-9", "2021 · Viet Nam’s diplomatic highlights in 2021 · Paragraph ¶ 9"],
] as const;

/** The passage the page has landed on: the address's target, whether it holds a mark, and whether it shows below the header. */
async function landedTarget(page: Page) {
  await page.locator("mark.search-mark").first().waitFor();
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    const header = document.querySelector(".site-header");
    const top = el?.getBoundingClientRect().top ?? -1;
    return {
      at: `${location.pathname}#${id}`,
      marked: [...(el?.querySelectorAll("mark.search-mark") ?? [])].map((m) => m.textContent?.toLowerCase()),
      inView: top >= (header?.getBoundingClientRect().bottom ?? 0) - 1 && top < innerHeight / 2,
    };
  });
}

describe("a result lands on the passage holding the words", () => {
  test.each(LANDINGS)("%s, from the search page, opens %s with the words marked", async (query, target, place) => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator("#search-page-results .search-result-link").first();
    await first.waitFor();
    expect((await first.textContent())?.replace(/\s+/g, " ").trim()).toBe(place);
    await Promise.all([page.waitForURL(/highlight=/), first.click()]);
    const landed = await landedTarget(page);
    expect(landed.at).toBe(target);
    expect(landed.marked).toContain(query.split(" ")[0]?.toLowerCase());
    expect(landed.inView).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(LANDINGS)("%s, from the header field, opens %s with the words marked", async (query, target) => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/2022/`);
    await page.focus("#site-search-input");
    await page.keyboard.type(query);
    await page.waitForFunction(
      (q) => (document.querySelector(".search-popup-note")?.textContent ?? "").includes(`“${q}”`),
      query,
    );
    // A query naming an index entry ("UNCLOS", "Net zero") lists the entry first; the passages follow.
    if (await page.locator("#site-search-option-entry").count()) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/highlight=/), page.keyboard.press("Enter")]);
    const landed = await landedTarget(page);
    expect(landed.at).toBe(target);
    expect(landed.marked.length).toBeGreaterThan(0);
    expect(landed.inView).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the notes are searchable, but never a section called Notes", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/search/?q=${encodeURIComponent("emissions absorption")}`);
    await page.locator("#search-page-results .search-result-link").first().waitFor();
    const places = await page.$$eval("#search-page-results .search-hit-place", (ps) => ps.map((p) => p.textContent));
    expect(places.some((p) => p?.includes("Note 2"))).toBe(true);
    expect(places.some((p) => /·\s*Notes\b/.test(p ?? ""))).toBe(false);
    await page.context().close();
  });
});

describe("did you mean", () => {
  test("a misspelt word offers the nearest word as a search; the vocabulary loads only then", async () => {
    const { page, errors } = await openPage(browser());
    const vocabulary: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("vocabulary")) vocabulary.push(r.url());
    });
    await page.goto(`${origin}/search/?q=vaccine`);
    await page.locator("#search-page-results li").first().waitFor();
    expect(vocabulary).toEqual([]);
    await page.goto(`${origin}/search/?q=vacine`);
    const offer = page.locator("#search-page-suggestion a[data-did-you-mean]");
    await offer.waitFor();
    expect(await offer.textContent()).toBe("vaccine");
    expect(await page.textContent("#search-page-status")).toContain("Did you mean “vaccine”?");
    expect(vocabulary).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/q=vaccine/), offer.click()]);
    await page.locator("#search-page-results li").first().waitFor();
    expect(await page.textContent("#search-page-status")).toMatch(/^\d+ passages? in 20\d\d match “vaccine”\.$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a word with nothing close says so", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/search/?q=zyxwvq`);
    await page.waitForFunction(() => /close/.test(document.querySelector("#search-page-status")?.textContent ?? ""));
    expect(await page.textContent("#search-page-status")).toBe(
      "No passage matches “zyxwvq”. No known word is close to it.",
    );
    expect(await page.isVisible("#search-page-help a[data-suggestion='bamboo']")).toBe(true);
    await page.context().close();
  });

  test("in the header field the offer is an option the arrow keys reach", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${origin}/2021/`);
    await page.focus("#site-search-input");
    await page.keyboard.type("vacine");
    const offer = page.locator("#site-search-listbox [role=option][data-did-you-mean='vaccine']");
    await offer.waitFor();
    expect(await page.textContent("#site-search-status")).toContain("Did you mean “vaccine”?");
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#site-search-input", "aria-activedescendant")).toBe(await offer.getAttribute("id"));
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/search\/\?q=vaccine/), page.keyboard.press("Enter")]);
    await page.locator("#search-page-results li").first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

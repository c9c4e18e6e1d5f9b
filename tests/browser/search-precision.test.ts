import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { sampledPhrases, type SampledPhrase } from "./support/sample-phrases.ts";

// Precision as a reader meets it: three words taken from a paragraph or note of the published text,
// typed into the header field; the first result must open the passage that holds them, marked and
// in view below the sticky header. The phrases are a seeded sample of every paragraph and note.

const origin = inject("origin");
const browser = chromiumPerFile();
/** How many tabs search and follow the results at once. */
const LANDING_TABS = 3;

/** Words as the holders are matched: without accents, case or the punctuation around them. */
const normalized = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean)
    .join(" ");

/** Every passage of a year page (its id and its words, without what Pagefind ignores), read once. */
async function passagesOf(page: Page): Promise<{ id: string; words: string }[]> {
  const passages = await page.evaluate(() => {
    const textOf = (el: Element) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest("[data-pagefind-ignore]")) text += n.textContent ?? "";
      }
      return text;
    };
    return [...document.querySelectorAll("[data-pagefind-title][id], h2[id], h3[id]")].map((el) => ({
      id: el.id,
      text: textOf(el),
    }));
  });
  return passages.map(({ id, text }) => ({ id, words: ` ${normalized(text)} ` }));
}

/** The ids of the passages whose words hold the phrase, side by side. */
const holdersOf = (passages: { id: string; words: string }[], phrase: string): string[] =>
  passages.filter((p) => p.words.includes(` ${normalized(phrase)} `)).map((p) => p.id);

/** The header field's first result for a query: its link, once the list shows that query's results. */
async function topResult(page: Page, phrase: string): Promise<string | undefined> {
  await page.fill("#site-search-input", phrase);
  await page.waitForFunction(
    (q) => (document.querySelector(".search-popup-note")?.textContent ?? "").includes(`“${q}”`),
    phrase,
  );
  return (await page.getAttribute("#site-search-option-0", "href")) ?? undefined;
}

/** Where a result lands: the target's id, whether it is marked, and whether it shows below the header. */
async function landing(page: Page, href: string) {
  await page.goto(`${origin}${href}`);
  const id = decodeURIComponent(new URL(href, origin).hash.slice(1));
  await page.locator("mark.search-mark").first().waitFor();
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    const header = document.querySelector(".site-header");
    if (!el || !header) return { marked: false, inView: false };
    const top = el.getBoundingClientRect().top;
    return {
      marked: Boolean(el.querySelector("mark.search-mark")),
      inView: top >= header.getBoundingClientRect().bottom - 1 && top < innerHeight / 2,
    };
  }, id);
}

describe("search precision", () => {
  const phrases = sampledPhrases();

  test("the sample covers every paragraph and note of every source", () => {
    expect(phrases.length).toBeGreaterThan(60);
    expect(phrases.filter((p) => p.kind === "note").length).toBeGreaterThanOrEqual(4);
    expect(new Set(phrases.map((p) => p.year)).size).toBeGreaterThanOrEqual(2);
  });

  test("the first result for each sampled phrase lands on the passage holding it, marked and in view", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    const misses: string[] = [];
    const byYear = new Map<number, SampledPhrase[]>();
    for (const p of phrases) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
    // A phrase may stand in several passages, of either year: any of them is a right answer.
    const holders = new Map<SampledPhrase, string[]>();
    for (const year of byYear.keys()) {
      await page.goto(`${origin}/${year}/`);
      const passages = await passagesOf(page);
      for (const p of phrases) {
        const ids = holdersOf(passages, p.phrase);
        holders.set(p, [...(holders.get(p) ?? []), ...ids.map((id) => `/${year}/#${id}`)]);
      }
    }
    // A search waits on Pagefind's chunks more than it works: a few tabs take the phrases in turn.
    const tabs = [{ page, errors }];
    for (let i = 1; i < LANDING_TABS; i++)
      tabs.push(await openPage(browser(), { viewport: { width: 1280, height: 800 } }));
    const tops = new Map<SampledPhrase, string | undefined>();
    const toSearch = [...phrases];
    await Promise.all(
      tabs.map(async (tab) => {
        await tab.page.goto(`${origin}/search/`);
        for (let next = toSearch.shift(); next; next = toSearch.shift())
          tops.set(next, await topResult(tab.page, next.phrase));
      }),
    );
    const toLand: { where: string; href: string }[] = [];
    for (const p of phrases) {
      const where = `“${p.phrase}” (${p.year}, ${p.source})`;
      const held = holders.get(p) ?? [];
      const href = tops.get(p);
      if (!held.some((h) => h.startsWith(`/${p.year}/#`))) {
        misses.push(`${where}: no passage of /${p.year}/ holds it (the sample is wrong)`);
        continue;
      }
      const url = href ? new URL(href, origin) : undefined;
      const landedOn = url ? `${url.pathname}${decodeURIComponent(url.hash)}` : "";
      if (!href || !held.includes(landedOn)) {
        misses.push(`${where}: first result ${href ?? "none"}, expected ${held.join(" or ")}`);
        continue;
      }
      toLand.push({ where, href });
    }
    // Each landing loads a whole year page: the same tabs take them in turn, the machine's cores busy at once.
    const queue = [...toLand];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const landed = await landing(tab.page, next.href);
          if (!landed.marked || !landed.inView)
            misses.push(`${next.where}: ${next.href} lands ${JSON.stringify(landed)}`);
        }
      }),
    );
    const share = (phrases.length - misses.length) / phrases.length;
    console.info(
      `search precision: ${phrases.length - misses.length} of ${phrases.length} sampled phrases ` +
        `(${(share * 100).toFixed(1)} %) land on their passage${misses.length ? `; misses:\n  ${misses.join("\n  ")}` : ""}`,
    );
    expect(misses).toEqual([]);
    expect(tabs.flatMap((tab) => tab.errors)).toEqual([]);
    for (const tab of tabs) await tab.page.context().close();
  }, 240_000);
});

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

/** The ids of the passages on a year page whose words hold the phrase, side by side. */
async function holdersOf(page: Page, phrase: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const norm = (t: string) =>
      t
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
        .filter(Boolean)
        .join(" ");
    const textOf = (el: Element) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest("[data-pagefind-ignore]")) text += n.textContent ?? "";
      }
      return text;
    };
    const target = ` ${norm(wanted)} `;
    const passages = document.querySelectorAll("[data-pagefind-title][id], h2[id], h3[id]");
    return [...passages].filter((el) => ` ${norm(textOf(el))} `.includes(target)).map((el) => el.id);
  }, phrase);
}

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
      for (const p of phrases) {
        const ids = await holdersOf(page, p.phrase);
        holders.set(p, [...(holders.get(p) ?? []), ...ids.map((id) => `/${year}/#${id}`)]);
      }
    }
    await page.goto(`${origin}/search/`);
    const tops = new Map<SampledPhrase, string | undefined>();
    for (const p of phrases) tops.set(p, await topResult(page, p.phrase));
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
      if (!held.includes(landedOn)) {
        misses.push(`${where}: first result ${href ?? "none"}, expected ${held.join(" or ")}`);
        continue;
      }
      const landed = await landing(page, href ?? "");
      if (!landed.marked || !landed.inView) misses.push(`${where}: ${href} lands ${JSON.stringify(landed)}`);
    }
    const share = (phrases.length - misses.length) / phrases.length;
    console.info(
      `search precision: ${phrases.length - misses.length} of ${phrases.length} sampled phrases ` +
        `(${(share * 100).toFixed(1)} %) land on their passage${misses.length ? `; misses:\n  ${misses.join("\n  ")}` : ""}`,
    );
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { parse } from "yaml";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** The figures declared in each review's frontmatter, as the editors wrote them. */
const declared = readdirSync("content/reviews")
  .filter((f) => /^\d{4}\.md$/.test(f))
  .flatMap((f) => {
    const source = readFileSync(join("content/reviews", f), "utf8");
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? "") as {
      year: number;
      figures?: { measure: string; quote: string }[];
    };
    return (frontmatter.figures ?? []).map((figure) => ({ year: frontmatter.year, ...figure }));
  });

/** Where an element is, to tell side by side from stacked. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

describe("compare", () => {
  test("/compare/?a=2021&b=2022 goes to the pair's page, in place of itself in the history", async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    await page.goto(`${origin}/compare/?a=2022&b=2021`);
    await page.waitForURL(`${origin}/compare/2021/2022/`);
    await page.goBack();
    expect(page.url()).toBe(`${origin}/`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("shows both years' results side by side, with deep links that land on their points", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/compare/2021/2022/`);
    const results = "[data-part=results] td";
    const [older, newer] = [
      await box(page, `${results}[data-year="2021"]`),
      await box(page, `${results}[data-year="2022"]`),
    ];
    expect(Math.abs(older.y - newer.y)).toBeLessThan(2);
    expect(newer.x).toBeGreaterThan(older.x + older.width - 2);
    expect(await page.locator(`${results}[data-year="2021"] .compare-entries li`).count()).toBe(4);
    expect(await page.locator(`${results}[data-year="2022"] .compare-entries li`).count()).toBe(5);

    const link = page.locator(`${results}[data-year="2022"] .compare-entries a`).nth(1);
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/2022\/#second-/);
    await link.click();
    await page.waitForURL(`${origin}${href}`);
    const id = decodeURIComponent(href.split("#")[1] ?? "");
    const target = await page.evaluate((targetId) => {
      const el = document.getElementById(targetId);
      return el ? { text: el.textContent ?? "", top: el.getBoundingClientRect().top, height: innerHeight } : undefined;
    }, id);
    expect(target?.text).toMatch(/^Second, economic diplomacy/);
    expect(target && target.top).toBeLessThan(target ? target.height / 2 : 0);
    await page.context().close();
  });

  test("on a phone each part stacks, the older year first, each cell led by its year", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/compare/2021/2022/`);
    for (const part of ["world", "results", "lessons", "tasks"]) {
      const [older, newer] = [
        await box(page, `[data-part=${part}] td[data-year="2021"]`),
        await box(page, `[data-part=${part}] td[data-year="2022"]`),
      ];
      expect(newer.y, part).toBeGreaterThanOrEqual(older.y + older.height - 1);
      expect(Math.abs(newer.x - older.x), part).toBeLessThan(2);
      await expect(
        page.locator(`[data-part=${part}] td[data-year="2022"] .compare-cell-year`).isVisible(),
      ).resolves.toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  test("the form goes to the pair chosen, in either order, and refuses one year twice", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/compare/`);
    const form = page.locator("[data-compare-form]");
    await form.locator("select[name=a]").selectOption("2022");
    await form.locator("select[name=b]").selectOption("2022");
    await form.locator("button").click();
    await expect(form.locator("[data-compare-status]").textContent()).resolves.toMatch(/two different years/);
    await form.locator("select[name=b]").selectOption("2021");
    await form.locator("button").click();
    await page.waitForURL(`${origin}/compare/2021/2022/`);
    await page.context().close();
  });

  test("without JavaScript the form stays hidden and the list of pairs links each pair", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin}/compare/?a=2021&b=2022`);
    expect(await page.locator("[data-compare-form]").isVisible()).toBe(false);
    // Neither is the theme toggle, which also needs its script (both are needs-script).
    expect(await page.locator(".theme-toggle").isVisible()).toBe(false);
    await page.locator(".compare-pairs a", { hasText: "2021 and 2022" }).click();
    await page.waitForURL(`${origin}/compare/2021/2022/`);
    expect(await page.locator("table.compare-table").count()).toBe(1);
    await page.context().close();
  });
});

describe("key figures", () => {
  test("the figures page lists every declared figure, each linked to the paragraph that holds its sentence", async () => {
    expect(declared.length).toBeGreaterThan(0);
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/figures/`);
    expect(await page.locator(".measure-figure").count()).toBe(declared.length);
    for (const figure of declared) {
      await page.goto(`${origin}/figures/`);
      const item = page.locator(`#${figure.measure} .measure-figure`, { hasText: String(figure.year) }).first();
      const link = item.locator(`.measure-links a[href^="/${figure.year}/#"]:not([href*=":~:"])`);
      const href = (await link.getAttribute("href")) ?? "";
      await link.click();
      await page.waitForURL(`${origin}${href}`);
      const lands = await page.evaluate(
        ([id, quote]) => {
          const el = document.getElementById(id ?? "");
          const rect = el?.getBoundingClientRect();
          // The paragraph's own words: without the abbreviations' expansions, which are apparatus.
          const words = el?.cloneNode(true) as HTMLElement | undefined;
          for (const expansion of words?.querySelectorAll(".abbr-expansion") ?? []) expansion.remove();
          return {
            holds: (words?.textContent ?? "").replace(/\s+/g, " ").includes(quote ?? ""),
            inView: rect !== undefined && rect.top >= 0 && rect.top < innerHeight,
          };
        },
        [decodeURIComponent(href.split("#")[1] ?? ""), figure.quote] as const,
      );
      expect(lands, `${figure.year} ${figure.measure} → ${href}`).toEqual({ holds: true, inView: true });
    }
    await page.context().close();
  });

  test("the text-fragment link scrolls to the words themselves", async () => {
    const figure = declared.find((f) => f.year === 2022 && f.measure === "trade-turnover");
    expect(figure).toBeDefined();
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/figures/`);
    await page.locator(`#trade-turnover .measure-links a[href^="/2022/#:~:text="]`).click();
    await page.waitForURL(/\/2022\/#:~:text=/);
    await page.waitForFunction(() => scrollY > 0, undefined, { timeout: 5000 });
    // The words are centred in view; their paragraph (¶ 12) may begin above it.
    const inView = await page.evaluate(() => {
      const rect = document.getElementById("p-12")?.getBoundingClientRect();
      return rect !== undefined && rect.bottom > 0 && rect.top < innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  test("the chart says what it shows, in words", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/figures/`);
    const chart = page.locator("#trade-turnover svg[role=img]");
    const labelled = (await chart.getAttribute("aria-labelledby"))?.split(" ") ?? [];
    const words = await Promise.all(labelled.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(words.join(" ")).toMatch(/2021: more than 600 billion USD; 2022: a record 732 billion USD/);
    await page.context().close();
  });

  test("a year page shows its key figures before the text, each linking to its passage", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/2022/`);
    const aside = page.getByRole("complementary", { name: "Key figures of 2022" });
    expect(await aside.locator(".key-figure").count()).toBe(declared.filter((f) => f.year === 2022).length);
    await aside.locator(".key-figure", { hasText: "Total trade turnover" }).locator("a").click();
    await page.waitForURL(`${origin}/2022/#p-12`);
    await page.context().close();
  });
});

describe("themes", () => {
  test("a theme page lists passages from both years, keywords marked, each linked to its place", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/themes/bamboo-diplomacy/`);
    for (const year of [2021, 2022]) {
      const links = page.locator(`#year-${year} .theme-passages > li > a`);
      expect(await links.count(), String(year)).toBeGreaterThan(0);
      expect(await page.locator(`#year-${year} .theme-passages mark`).first().textContent()).toMatch(/^bamboo$/i);
      const href = (await links.first().getAttribute("href")) ?? "";
      expect(href.startsWith(`/${year}/#`)).toBe(true);
    }
    const href = (await page.locator("#year-2021 .theme-passages > li > a").first().getAttribute("href")) ?? "";
    await page.locator("#year-2021 .theme-passages > li > a").first().click();
    await page.waitForURL(`${origin}${href}`);
    expect(await page.locator(`[id="${href.split("#")[1] ?? ""}"]`).textContent()).toMatch(/bamboo/);
    await page.context().close();
  });

  test("the themes page counts each theme's passages per year and links every theme", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/themes/`);
    const rows = page.locator(".themes-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(7);
    const hrefs = await rows.locator("th a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/themes/vaccine-and-health-diplomacy/");
    await page.context().close();
  });
});

import { existsSync, readdirSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPage } from "./support/chromium.ts";
import { serveStatic } from "./support/static-server.ts";
import { buildThreeYearCorpus } from "./support/corpus-build.ts";
import { axeViolations } from "./support/axe.ts";
import { expectFontsCutToTheText, shownCharacters } from "../support/font-coverage-checks.ts";
import { builtFaces, literataCharacters, uncovered } from "../support/font-coverage.ts";

/**
 * A corpus of three years (2021, 2022 and the held-in 2030 article), built once for this file:
 * what only shows with more years than the edition has today.
 */
let corpus: { work: string; dist: string };
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  corpus = buildThreeYearCorpus();
  ({ server, origin } = await serveStatic(corpus.dist));
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (corpus) rmSync(corpus.work, { recursive: true, force: true });
});

/** Console errors other than the 404 of an address the browser then makes a page of. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

async function cellsOf(page: Page, year: number): Promise<string[]> {
  return page.locator(`.compare-table td[data-year="${year}"]`).evaluateAll((cells) => cells.map((c) => c.innerHTML));
}

describe("compare pages that grow with the years, not their square", () => {
  test("only consecutive years are built as pages; each year's parts are published once", () => {
    const compare = join(corpus.dist, "compare");
    expect(readdirSync(compare).filter((d) => /^\d{4}$/.test(d))).toEqual(["2021", "2022"]);
    expect(readdirSync(join(compare, "2021"))).toEqual(["2022"]);
    expect(readdirSync(join(compare, "2022"))).toEqual(["2030"]);
    expect(existsSync(join(compare, "2021", "2030"))).toBe(false);
    expect(readdirSync(join(compare, "parts")).sort()).toEqual(["2021.json", "2022.json", "2030.json"]);
  });

  test("a pair not built is set side by side at its own address, as a built page would show it", async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/compare/2021/2030/`);
    await page.locator(".compare-table").waitFor();
    expect(page.url()).toBe(`${origin}/compare/2021/2030/`);
    expect(await page.title()).toMatch(/^2021 and 2030 compared · /);
    await expect(page.locator("h1:visible").textContent()).resolves.toBe("2021 and 2030, part by part");
    const results = page.locator('[data-part=results] td[data-year="2030"] .compare-entries a');
    await expect(results.allTextContents()).resolves.toEqual([
      "Firstly, consolidating the position of the country – a dash the real reviews lack.",
      "Secondly, promoting economic diplomacy with partners in Đà Nẵng and Huế.",
    ]);
    // The 2021 column is the one the built page of 2021 and 2022 shows, cell for cell.
    const madeHere = await cellsOf(page, 2021);
    await page.goto(`${origin}/compare/2021/2022/`);
    expect(await cellsOf(page, 2021)).toEqual(madeHere);
    expect(madeHere).toHaveLength(5);
    expect(unexpected(errors)).toEqual([]);
    await page.goto(`${origin}/compare/2021/2030/`);
    await page.locator(".compare-table").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("its links land on the passages of their years", async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/compare/?a=2030&b=2021`);
    await page.waitForURL(`${origin}/compare/2021/2030/`);
    const link = page.locator('[data-part=tasks] td[data-year="2030"] .compare-entries a').first();
    await link.click();
    await page.waitForURL(`${origin}/2030/#firstly-keeping-the-course-in-2031`);
    await expect(page.locator("#firstly-keeping-the-course-in-2031").textContent()).resolves.toMatch(
      /^Firstly, keeping/,
    );
    await page.context().close();
  });

  test("the form sets an unbuilt pair here as a step Back undoes; a built pair goes to its page", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${origin}/compare/`);
    const form = page.locator("[data-compare-form]");
    await form.locator("select[name=a]").selectOption("2021");
    await form.locator("select[name=b]").selectOption("2030");
    await form.locator("button").click();
    await page.waitForURL(`${origin}/compare/2021/2030/`);
    await page.locator(".compare-table").waitFor();
    await page.goBack();
    await page.waitForURL(`${origin}/compare/`);
    await form.locator("select[name=a]").selectOption("2030");
    await form.locator("select[name=b]").selectOption("2022");
    await form.locator("button").click();
    await page.waitForURL(`${origin}/compare/2022/2030/`);
    expect(await page.locator("table.compare-table").count()).toBe(1);
    await page.context().close();
  });

  test("without JavaScript, a pair not built offers both years' reviews and the built comparisons", async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const response = await page.goto(`${origin}/compare/2021/2030/`);
    expect(response?.status()).toBe(404);
    const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["/2021/", "/2030/", "/compare/2021/2022/", "/compare/2022/2030/"]));
    await page.goto(`${origin}/compare/`);
    const pairs = await page.locator(".compare-pairs a").allTextContents();
    expect(pairs.map((t) => t.replace(/\s+/g, " ").trim())).toEqual(["2022 and 2030", "2021 and 2022"]);
    await page.context().close();
  });
});

describe("fonts cut to a corpus with characters the reviews lack", () => {
  test("the held-in article's Vietnamese name, euro sign, en dash and numero sign are in the built fonts", () => {
    const faces = builtFaces(corpus.dist);
    const wanted = [..."Nguyễn Thị Bình € – Đà Nẵng Huế №"].map((c) => c.codePointAt(0) ?? 0);
    const shown = shownCharacters(corpus.dist);
    expect(wanted.filter((c) => !shown.has(c))).toEqual([]);
    const literata = literataCharacters();
    expect(wanted.filter((c) => !literata.has(c))).toEqual([]);
    expect(uncovered(wanted, faces, literata)).toEqual([]);
    // № is Cyrillic in Literata's files: a script no review had brings its file with it.
    expect(faces.map((f) => f.file).some((f) => f.startsWith("literata-cyrillic-wght"))).toBe(true);
  });

  test("and every other character the three years show, once, with kerning, ligatures and weights 400–700", () => {
    expectFontsCutToTheText(corpus.dist);
  });
});

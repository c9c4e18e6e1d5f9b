import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { PLACEHOLDER_SITE_URL } from "../../src/lib/site-address.ts";
import { launchChromium } from "../browser/support/chromium.ts";
import { sampledPages } from "../site/built-pages.ts";
import { freshContext, keepEdition, openControlled, searchResults, today } from "../browser/support/offline.ts";
import { brokenReferences } from "../site/link-check.ts";
import {
  citeShowsTheBasedAddress,
  copyLinkCopiesThePermanentAddress,
  headerSearchFindsAndHighlights,
  popoverOpensAndCloses,
  problemsOnPages,
  type Served,
} from "./support/smoke.ts";

// Built once by the global setup with SITE_URL and BASE_PATH=/sub-path-test/, served mounted there.
const { dist, origin, base, site } = inject("subPath");
const served: Served = { url: `${origin}${base}`, permanent: `${site}${base}` };

describe("the site built for a sub-path", () => {
  test("every internal link, asset, form action and #fragment resolves under the sub-path", () => {
    expect(brokenReferences(dist, base)).toEqual([]);
  });

  test("every absolute address of the site carries SITE_URL and BASE_PATH; the placeholder host appears nowhere", () => {
    const TEXT = new Set([".html", ".xml", ".json", ".txt", ".js"]);
    const wrong: string[] = [];
    let found = 0;
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !TEXT.has(extname(entry.name))) continue;
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, "utf8");
      for (const [address] of text.matchAll(new RegExp(`${site.replace(/\./g, "\\.")}[^\\s"'<>)]*`, "g"))) {
        found += 1;
        if (!address.startsWith(`${site}${base}`)) wrong.push(`${file}: ${address}`);
      }
      if (text.includes(new URL(PLACEHOLDER_SITE_URL).host)) wrong.push(`${file}: names the placeholder host`);
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(50);
  });
});

describe("in Chromium, served under the sub-path", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  test("a note popover opens and closes", () => popoverOpensAndCloses(browser, served));
  test("the header search finds “bamboo” with results under the base; following one lands and highlights", () =>
    headerSearchFindsAndHighlights(browser, served));
  test("copy-link puts SITE_URL + BASE_PATH + 2021/#… on the clipboard", () =>
    copyLinkCopiesThePermanentAddress(browser, served));
  test("the cite dialog shows the based address", () => citeShowsTheBasedAddress(browser, served));
  test("no console error or failed request on any page (of the templated ones, three); an unknown address gets the 404 page, whole", async () => {
    const paths = sampledPages(dist)
      .filter((page) => page !== "404.html")
      .map((page) => page.replace(/index\.html$/, ""));
    expect(paths.length).toBeGreaterThan(10);
    expect(await problemsOnPages(browser, served, paths)).toEqual([]);
    expect(await problemsOnPages(browser, served, ["no-such-page/", "2021/no-such-page"], 404)).toEqual([]);
  }, 120_000);

  test("kept offline under the sub-path: the worker's scope is the base, and offline the pages and search open", async () => {
    const context = await freshContext(browser);
    const page = await openControlled(context, `${served.url}2021/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(served.url);
    await keepEdition(page);
    await context.setOffline(true);
    for (const path of ["", "2021/", "2022/"]) {
      await page.goto(`${served.url}${path}`);
      await page.getByText(`Offline — the copy kept on ${today()}.`).waitFor();
    }
    await page.goto(`${served.url}search/?q=bamboo`);
    const links = await page
      .locator("#search-page-results li a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith(base))).toBe(true);
    await page.goto(`${served.url}themes/never-opened/`);
    expect(await page.locator("h1").textContent()).toBe("Offline, and this page is not on this device");
    await context.close();
  }, 120_000);
});

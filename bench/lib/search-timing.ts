import type { Browser } from "playwright-core";
import { measureFirstQuery } from "../../tests/browser/support/measure-search.ts";
import { wireBytes } from "./gzip-host.ts";

/** What a reader's first search costs, from the first query typed to the first result shown. */
export interface SearchMeasurement {
  query: string;
  /** Wire bytes (gzip for text) downloaded from the first query to the first result. */
  bytes: number;
  ms: number;
  requests: number;
  /** What was downloaded, to see which bytes dominate. */
  resources: { path: string; wireBytes: number }[];
  results: number;
  /** Which measurement produced the figures. */
  method: string;
}

/** `pagePath` is the page the reader searches from, e.g. a year page. */
export type MeasureSearch = (
  browser: Browser,
  origin: string,
  pagePath: string,
  query: string,
) => Promise<SearchMeasurement>;

/**
 * Until the search page's own measurement exists: in Chromium, on the search page with an empty
 * cache, loads Pagefind's runtime, searches and loads the first result's data, as a search box
 * does on its first query. Counts what is downloaded from that moment on.
 */
export const measureSearchWithPagefindApi: MeasureSearch = async (browser, origin, _pagePath, query) => {
  // The offline worker blocked: its fetches would not be the page's to count (src/scripts/offline/).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: "networkidle" });
  const pending: Promise<{ path: string; wireBytes: number } | undefined>[] = [];
  page.on("response", (response) =>
    pending.push(
      response
        .body()
        .then((body) => ({
          path: new URL(response.url()).pathname,
          wireBytes: wireBytes(body, response.headers()["content-type"]),
        }))
        .catch(() => undefined),
    ),
  );
  const outcome = await page.evaluate(async (text) => {
    const start = performance.now();
    const runtime = "/pagefind/pagefind.js";
    const pagefind = (await import(runtime)) as {
      search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    const found = await pagefind.search(text);
    await found.results[0]?.data();
    return { ms: performance.now() - start, results: found.results.length };
  }, query);
  const resources = (await Promise.all(pending)).filter((resource) => resource !== undefined);
  await context.close();
  return {
    query,
    bytes: resources.reduce((total, resource) => total + resource.wireBytes, 0),
    ms: outcome.ms,
    requests: resources.length,
    resources,
    results: outcome.results,
    method: "Pagefind API in Chromium (search page, no UI)",
  };
};

/**
 * The search box's own measurement (tests/browser/support/measure-search.ts): on a year page, press
 * `/`, type the query, wait for the first option. Bytes are Chromium's encoded lengths, headers
 * included, from the gzip host.
 */
export const measureSearchInHeader: MeasureSearch = async (browser, origin, pagePath, query) => {
  // The offline worker blocked: its fetches would not be the page's to count (src/scripts/offline/).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    const cost = await measureFirstQuery(page, `${origin}${pagePath}`, query);
    const results = await page.locator("#site-search-listbox [role=option]").count();
    return {
      query,
      bytes: cost.bytes,
      ms: cost.ms,
      requests: cost.requests.length,
      resources: cost.requests.map((request) => ({ path: request.url, wireBytes: request.bytes })),
      results,
      method: `the header search box (measureFirstQuery) on ${pagePath}`,
    };
  } finally {
    await context.close();
  }
};

/** The search box's measurement; where the built site has no working search box, the Pagefind API's, saying why. */
export const measureSearch: MeasureSearch = async (browser, origin, pagePath, query) => {
  try {
    return await measureSearchInHeader(browser, origin, pagePath, query);
  } catch (error) {
    const fallback = await measureSearchWithPagefindApi(browser, origin, pagePath, query);
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ...fallback, method: `${fallback.method}, since the search box failed: ${reason}` };
  }
};

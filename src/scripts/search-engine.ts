// Loads Pagefind's search API on first use and answers queries with sections of the reviews.
import { HIGHLIGHT_PARAM, spellingVariants } from "./search-query.ts";
import { mergeSections, sectionsOf, type PagefindResultData, type SectionResult } from "./search-sections.ts";

/** The few parts of `/pagefind/pagefind.js` used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

const BUNDLE = "/pagefind/pagefind.js";
/** Reviews whose sections are loaded per query; the edition has one review a year. */
const MAX_REVIEWS = 30;

let api: Promise<PagefindApi> | undefined;

/** Starts downloading Pagefind (once); call when the reader reaches for a search field. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as PagefindApi;
    await pagefind.options({
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      // Two reviews search in microseconds: the worker would be one more script to download.
      noWorker: true,
      // The title already weighs 5×; a little more so a year whose title matches comes first.
      ranking: { metaWeights: { title: 7 } },
    });
    await pagefind.init();
    return pagefind;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** Every section that matches the query in either spelling of the country, best review first. */
export async function searchSections(query: string): Promise<SectionResult[]> {
  const variants = spellingVariants(query);
  if (!variants.length) return [];
  const pagefind = await loadPagefind();
  const lists = await Promise.all(
    variants.map(async (variant) => {
      const found = await pagefind.search(variant);
      const pages = (found?.results ?? []).slice(0, MAX_REVIEWS);
      const data = await Promise.all(pages.map(async (r) => sectionsOf(await r.data(), r.score)));
      return data.flat();
    }),
  );
  return mergeSections(lists);
}

/** Warms the index chunks for a query being typed (no search is run). */
export function preloadQuery(query: string): void {
  for (const variant of spellingVariants(query)) void loadPagefind().then((p) => p.preload(variant));
}

// Loads Pagefind's search API on first use and answers queries with sections of the reviews.
import { HIGHLIGHT_PARAM, spellingVariants } from "./query.ts";
import { mergeSections, sectionsOf, type PagefindResultData, type SectionResult } from "./sections.ts";
import { sitePath } from "../../lib/urls.ts";

/** The few parts of Pagefind's `pagefind/pagefind.js` used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

const BUNDLE = sitePath("pagefind/pagefind.js");
/** Reviews whose sections are loaded per query; the edition has one review a year. */
const MAX_REVIEWS = 30;

let api: Promise<PagefindApi> | undefined;

/** Starts downloading Pagefind (once); call when the reader reaches for a search field. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as PagefindApi;
    await pagefind.options({
      // Put in front of every result's URL (indexed without it): the site's base, e.g. `/diplomacy/`.
      baseUrl: sitePath(),
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

export interface SectionSearch {
  sections: SectionResult[];
  /** Reviews that match, whether or not their sections were loaded. */
  reviews: number;
  /** False when loading stopped at `enough` sections, before every matching review was read. */
  complete: boolean;
}

export interface SectionSearchOptions {
  /** Stop loading reviews' sections once this many are in hand (the header shows a few). */
  enough?: number;
  /** Asked before each download; false stops the search (the reader typed on). */
  wanted?: () => boolean;
}

/**
 * Sections that match the query in either spelling of the country, best review first. Pagefind's
 * answer names the matching reviews at once; each review's sections cost a download, so they are
 * fetched in rank order, two at a time, and only as far as the caller needs.
 */
export async function searchSections(query: string, options: SectionSearchOptions = {}): Promise<SectionSearch> {
  const { enough = Infinity, wanted = () => true } = options;
  const variants = spellingVariants(query);
  if (!variants.length) return { sections: [], reviews: 0, complete: true };
  const pagefind = await loadPagefind();
  const answers = await Promise.all(variants.map((variant) => pagefind.search(variant)));
  const pages = answers
    .flatMap((found) => found?.results ?? [])
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_REVIEWS * variants.length);
  const reviews = new Set(pages.map((page) => page.id)).size;
  const lists: SectionResult[][] = [];
  let loaded = 0;
  while (loaded < pages.length && lists.flat().length < enough && wanted()) {
    const batch = pages.slice(loaded, loaded + 2);
    lists.push(...(await Promise.all(batch.map(async (r) => sectionsOf(await r.data(), r.score)))));
    loaded += batch.length;
  }
  return { sections: mergeSections(lists), reviews, complete: loaded === pages.length };
}

/** Warms the index chunks for a query being typed (no search is run). */
export function preloadQuery(query: string): void {
  for (const variant of spellingVariants(query)) void loadPagefind().then((p) => p.preload(variant));
}

// Loads Pagefind's search API on first use and answers queries with passages of the reviews.
import { HIGHLIGHT_PARAM, isPhrase, spellingVariants } from "./query.ts";
import { holdsAll, passagesOf, rankPassages, type PagefindResultData, type Passage } from "./passages.ts";
import { queryTerms } from "./ranking.ts";

interface PagefindPage {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
import { sitePath } from "../../lib/urls.ts";

/** The few parts of Pagefind's `pagefind/pagefind.js` used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindPage[] } | null>;
}

const BUNDLE = sitePath("pagefind/pagefind.js");
/** Reviews whose passages are loaded per query; the edition has one review a year. */
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

export interface PassageSearch {
  /** The passages holding every word of the query, best first: the matches. */
  passages: Passage[];
  /** When none does, passages holding some of the words (none is counted as a match). */
  closest: Passage[];
  /** Reviews that match, whether or not their passages were loaded. */
  reviews: number;
  /** False when loading stopped at `enough` passages, before every matching review was read. */
  complete: boolean;
}

export interface PassageSearchOptions {
  /** Stop loading reviews' passages once this many are in hand (the header shows a few). */
  enough?: number;
  /** Asked before each download; false stops the search (the reader typed on). */
  wanted?: () => boolean;
}

/** A matching review, with the words it was asked for and whether they stand together in it. */
interface Candidate {
  page: PagefindPage;
  terms: string[];
  together: boolean;
}

/**
 * The reviews that match one spelling of the query, those holding its words side by side first.
 * Pagefind's exact search answers that from the same index chunks (no more bytes); it reports one
 * place per review, so the words' every place comes from the plain search. A quoted phrase keeps
 * only the reviews where it stands.
 */
async function candidates(pagefind: PagefindApi, words: string, phraseOnly: boolean): Promise<Candidate[]> {
  const terms = queryTerms(words);
  const [plain, exact] = await Promise.all([
    pagefind.search(words),
    terms.length > 1 ? pagefind.search(`"${words}"`) : Promise.resolve(null),
  ]);
  const together = new Set((exact?.results ?? []).map((r) => r.id));
  return (plain?.results ?? [])
    .map((page) => ({ page, terms, together: terms.length === 1 || together.has(page.id) }))
    .filter((c) => c.together || !phraseOnly);
}

/**
 * Passages that match the query in either spelling of the country, best first. Pagefind's answer
 * names the matching reviews at once; each review's passages cost a download, so they are fetched
 * in order (the words together first, then Pagefind's score), two at a time, and only as far as
 * the caller needs.
 */
export async function searchPassages(query: string, options: PassageSearchOptions = {}): Promise<PassageSearch> {
  const { enough = Infinity, wanted = () => true } = options;
  const phrase = isPhrase(query);
  const variants = spellingVariants(query.replace(/["“”]/g, " ").replace(/\s+/g, " "));
  if (!variants.length) return { passages: [], closest: [], reviews: 0, complete: true };
  const pagefind = await loadPagefind();
  const found = (await Promise.all(variants.map((v) => candidates(pagefind, v, phrase))))
    .flat()
    .sort((a, b) => Number(b.together) - Number(a.together) || b.page.score - a.page.score)
    .slice(0, MAX_REVIEWS * variants.length);
  const reviews = new Set(found.map((c) => c.page.id)).size;
  const lists: Passage[][] = [];
  let loaded = 0;
  while (loaded < found.length && lists.flat().filter(holdsAll).length < enough && wanted()) {
    const batch = found.slice(loaded, loaded + 2);
    lists.push(...(await Promise.all(batch.map(async (c) => passagesOf(await c.page.data(), c.page.score, c.terms)))));
    loaded += batch.length;
  }
  const ranked = rankPassages(lists, { phrase });
  const passages = ranked.filter(holdsAll);
  return {
    passages,
    closest: passages.length ? [] : ranked,
    reviews,
    complete: loaded === found.length,
  };
}

/** Warms the index chunks for a query being typed (no search is run). */
export function preloadQuery(query: string): void {
  for (const variant of spellingVariants(query.replace(/["“”]/g, " "))) {
    void loadPagefind().then((p) => p.preload(variant));
  }
}

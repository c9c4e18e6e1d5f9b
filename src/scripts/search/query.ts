// What a reader types, turned into what Pagefind is asked. Pure: no DOM, no Pagefind.

import { HIGHLIGHT_PARAM } from "../../lib/search/highlight-param.ts";

export { HIGHLIGHT_PARAM };

// The reviews spell the country both ways (2021 "Viet Nam", 2022 "Vietnam"); readers don't care.
const VIET_NAM = /\bViet\s+Nam\b/gi;
const VIETNAM = /\bVietnam\b/gi;

/**
 * The queries to run for what the reader typed: the query itself and, if it names the country,
 * the same query in the other spelling, so that either finds both years. The text shown and what
 * a screen reader reads stay as printed; only the question is widened.
 */
export function spellingVariants(query: string): string[] {
  const q = query.trim();
  if (!q) return [];
  const variants = [q];
  if (VIET_NAM.test(q)) variants.push(q.replace(VIET_NAM, "Vietnam"));
  VIET_NAM.lastIndex = 0;
  if (VIETNAM.test(q)) variants.push(q.replace(VIETNAM, "Viet Nam"));
  VIETNAM.lastIndex = 0;
  return [...new Set(variants)];
}

/** A query in double quotes asks for that exact phrase (Pagefind's exact search). */
export function isPhrase(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}

/** The query as a status line quotes it: in curly quotes, a phrase's own straight ones taken off. */
export function quotedQuery(query: string): string {
  const words = isPhrase(query) ? query.trim().slice(1, -1).trim() : query;
  return `“${words}”`;
}

/**
 * A result URL with its highlight terms cleaned for the page's marker: Pagefind appends each
 * whitespace-separated word as typed, so a phrase's quotes would stop the words being found.
 */
export function cleanHighlightUrl(url: string): string {
  const [path = "", hash] = url.split("#", 2);
  const [base = "", search = ""] = path.split("?", 2);
  const params = new URLSearchParams(search);
  const terms = params
    .getAll(HIGHLIGHT_PARAM)
    .map((t) => t.replace(/["“”]/g, "").trim())
    .filter(Boolean);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${base}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/** The search page's state as its URL holds it: `/search/?q=bamboo&year=2022`. */
export interface SearchState {
  query: string;
  year: string;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get("q") ?? "", year: params.get("year")?.trim() ?? "" };
}

export function searchStateQuery({ query, year }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (year) params.set("year", year);
  const s = params.toString();
  return s ? `?${s}` : "";
}

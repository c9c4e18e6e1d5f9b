import { HIGHLIGHT_PARAM } from "../search/highlight-param.ts";

/** The addresses of the index (pass to sitePath or absoluteUrl). */
export const indexPage = (): string => "index/";
export const entryPage = (slug: string, year?: number): string => `index/${slug}/${year ? `#year-${year}` : ""}`;
export const yearIndexPage = (year: number): string => `index/years/${year}/`;

/**
 * A mention's paragraph on its year page with the mention's words marked, as a search result
 * links it: `2021/?highlight=Nguyen&highlight=Phu&highlight=Trong#p-5`.
 */
export function mentionPage(year: number, anchor: string, words: readonly string[]): string {
  const params = new URLSearchParams();
  const terms = new Set(words.flatMap((w) => w.split(/\s+/)).map((w) => w.replace(/^[("“]+|[)"”,.;:]+$/g, "")));
  for (const term of terms) if (term) params.append(HIGHLIGHT_PARAM, term);
  return `${year}/?${params.toString()}#${anchor}`;
}

/** The order of the A–Z lists: accents, quotes and a leading "the" set aside. */
export function sortKey(heading: string): string {
  return heading
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/^[“"‘]+/, "")
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

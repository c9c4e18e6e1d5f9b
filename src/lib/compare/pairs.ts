/**
 * Pairs of years and their addresses, `/compare/<older>/<newer>/` (older first). Every pair has an
 * address, but only consecutive years are built as pages, so that pages and dist/ grow with the
 * years, not their square; the browser sets any other pair side by side from the years' parts
 * (`/compare/parts/<year>.json`). Shared by the pages and the compare scripts.
 */
import { sitePath } from "../urls.ts";

export type YearPair = readonly [older: number, newer: number];

/** The pairs built as pages: each year with the next one there is, the newest pair first. */
export function builtPairs(years: readonly number[]): YearPair[] {
  const sorted = [...new Set(years)].sort((a, b) => b - a);
  return sorted.slice(1).map((older, i): YearPair => [older, sorted[i] ?? older]);
}

export function isBuiltPair([older, newer]: YearPair, years: readonly number[]): boolean {
  return builtPairs(years).some(([a, b]) => a === older && b === newer);
}

/** The pair's address below the site's base path (`/` or `/x/`). */
export function pairPath([older, newer]: YearPair, base: string = import.meta.env.BASE_URL): string {
  return sitePath(`compare/${older}/${newer}/`, base);
}

/** The years a `/compare/<a>/<b>/` path names (either order), or undefined for any other path. */
export function pairInPath(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): { a: string; b: string } | undefined {
  const root = sitePath("", base);
  if (!pathname.startsWith(root)) return undefined;
  const match = /^compare\/(\d{4})\/(\d{4})\/?(?:index\.html)?$/.exec(pathname.slice(root.length));
  return match ? { a: match[1] ?? "", b: match[2] ?? "" } : undefined;
}

export type PairRequest =
  | { kind: "pair"; pair: YearPair }
  | { kind: "none" }
  | { kind: "same"; year: number }
  | { kind: "unknown"; values: string[] };

/**
 * Reads `?a=&b=` (in either order) against the years there are. No parameters is `none`; the
 * same year twice or a year without a review is reported, not guessed at.
 */
export function readPairRequest(search: string, years: readonly number[]): PairRequest {
  const params = new URLSearchParams(search);
  const a = params.get("a")?.trim() ?? "";
  const b = params.get("b")?.trim() ?? "";
  if (a === "" && b === "") return { kind: "none" };
  const unknown = [a, b].filter((v) => !/^\d{4}$/.test(v) || !years.includes(Number(v)));
  if (unknown.length > 0) return { kind: "unknown", values: unknown };
  const [x, y] = [Number(a), Number(b)];
  if (x === y) return { kind: "same", year: x };
  return { kind: "pair", pair: x < y ? [x, y] : [y, x] };
}

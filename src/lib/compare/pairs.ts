/**
 * The pairs of years the compare pages are built for: each pair once, the older year first, at
 * `compare/<older>/<newer>/` under the site's base. Shared by the pages and the compare form's script.
 */
import { sitePath } from "../urls.ts";

export type YearPair = readonly [older: number, newer: number];

/** Every pair of distinct years, older first; pairs ordered by their newer year, then older. */
export function yearPairs(years: readonly number[]): YearPair[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const pairs: YearPair[] = [];
  for (const [j, newer] of sorted.entries()) {
    for (const older of sorted.slice(0, j)) pairs.push([older, newer]);
  }
  return pairs.sort((p, q) => q[1] - p[1] || q[0] - p[0]);
}

export function pairPath([older, newer]: YearPair): string {
  return sitePath(`compare/${older}/${newer}/`);
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

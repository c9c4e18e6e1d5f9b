import { readFileSync } from "node:fs";
import path from "node:path";

/** The two published articles, read as the CLI reads them. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

export const SOURCE_FILES = {
  2021: "content/sources/2021-communist-review-984.txt",
  2022: "content/sources/2022-communist-review-1006.txt",
} as const;

export function readSource(year: keyof typeof SOURCE_FILES): string {
  return readFileSync(path.join(PROJECT_ROOT, SOURCE_FILES[year]), "utf8");
}

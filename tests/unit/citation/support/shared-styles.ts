import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { reviewRecord, type ReviewRecord } from "../../../../src/lib/bibliography/review-record.ts";
import {
  CITATION_STYLES,
  LOCALE_FILE,
  STYLE_NAMES,
  type StyleName,
} from "../../../../src/lib/citation/citation-styles.ts";
import type { StyleSheet } from "../../../../src/lib/citation/citeproc-render.ts";
import { splitFrontmatter } from "../../../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema } from "../../../../src/lib/schema/review.ts";

/** The official CSL files the lead keeps outside the project (../shared/reference/csl/, see SOURCES.md there). */
export const SHARED_CSL_DIR = new URL("../../../../../shared/reference/csl/", import.meta.url);

export const sharedFile = (name: string): string => readFileSync(new URL(name, SHARED_CSL_DIR), "utf8");

/** Every offered style as read from the shared reference copies, not from the build's. */
export const SHARED_SHEETS = Object.fromEntries(
  STYLE_NAMES.map((name) => [name, { style: sharedFile(CITATION_STYLES[name].file), locale: sharedFile(LOCALE_FILE) }]),
) as Record<StyleName, StyleSheet>;

export const EDITION = { url: "https://diplomacy-reviews.example.org/", name: "Viet Nam’s Diplomacy, Year by Year" };

/** The real review's record, from content/reviews/<year>.md. */
export function realRecord(year: number): ReviewRecord {
  const { yaml } = splitFrontmatter(readFileSync(`content/reviews/${year}.md`, "utf8"));
  return reviewRecord(ReviewFrontmatterSchema.parse(parseYaml(yaml)), EDITION);
}

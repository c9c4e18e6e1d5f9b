import type { ReviewFrontmatter } from "../schema/review.ts";
import { checkRoundTrip } from "./check-round-trip.ts";
import { buildFrontmatter } from "./frontmatter.ts";
import { ImportError } from "./import-error.ts";
import { findYearInTitle, parseArticle } from "./parse-article.ts";
import { articleToMdast } from "./to-mdast.ts";
import { reviewToMarkdown } from "./to-markdown.ts";

export type { ArticleDocument } from "./article-document.ts";
export { ImportError } from "./import-error.ts";
export { decodeArticleBytes } from "./source-text.ts";
export { parseArticle } from "./parse-article.ts";
export { KNOWN_SOURCES } from "./known-sources.ts";

export interface ImportOptions {
  /** The source file as the user named it; errors point into it. */
  file: string;
  /** The year reviewed; overrides the year in the title, and is needed when it has none. */
  year?: number;
  /** The author's name for a source that prints none; recorded as an editorial addition. */
  authorName?: string;
  /** The family name within the author's name, e.g. `Bùi` (needed whenever there is a name). */
  authorFamily?: string;
  /** The given names within the author's name, e.g. `Thanh Sơn`. */
  authorGiven?: string;
  /** The original address, for a source the known-sources table lacks (wins over the table). */
  url?: string;
  /** Recorded as `source.file`: the path relative to the project root, or the basename. */
  sourceFile?: string;
}

export interface ImportedReview {
  year: number;
  /** The whole review file, frontmatter included. */
  markdown: string;
  frontmatter: ReviewFrontmatter;
}

/** Text of an article → the review file. Pure: no file system, same input gives same bytes. */
export function importArticle(text: string, options: ImportOptions): ImportedReview {
  const document = parseArticle(text, options.file);
  const year = options.year ?? findYearInTitle(document.title.text);
  if (year === undefined) {
    throw new ImportError(
      { file: options.file, line: document.title.line },
      "no year in the title (looked for 19xx or 20xx)",
      "pass --year <n> to name the year the article reviews",
    );
  }
  const frontmatter = buildFrontmatter(document, { ...options, year });
  const markdown = reviewToMarkdown(frontmatter, articleToMdast(document));
  checkRoundTrip(document, markdown, options.file);
  return { year, markdown, frontmatter };
}

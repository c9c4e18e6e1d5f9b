import { ReviewFrontmatterSchema, type ReviewFrontmatter } from "../schema/review.ts";
import type { ArticleDocument } from "./article-document.ts";
import { ImportError } from "./import-error.ts";
import { findKnownSourceUrl } from "./known-sources.ts";

export interface FrontmatterOptions {
  file: string;
  year: number;
  authorName?: string;
  /** The family and given names within the author's name (printed or given), e.g. `Bùi`, `Thanh Sơn`. */
  authorFamily?: string;
  authorGiven?: string;
  url?: string;
  sourceFile?: string;
}

/**
 * The review's frontmatter, keys in the schema's order, validated against the schema the site
 * uses. A printed name wins over `authorName`, which is recorded as an editorial addition.
 */
export function buildFrontmatter(document: ArticleDocument, options: FrontmatterOptions): ReviewFrontmatter {
  const printedName = document.author.name;
  const name =
    printedName !== undefined
      ? { name: printedName }
      : options.authorName !== undefined
        ? { name: options.authorName, nameIsEditorial: true }
        : {};
  const parts = {
    ...(options.authorFamily === undefined ? {} : { family: options.authorFamily }),
    ...(options.authorGiven === undefined ? {} : { given: options.authorGiven }),
  };
  const { publication, issue, issueDate } = document.printIssue;
  const url = options.url ?? findKnownSourceUrl(publication, issue);
  const frontmatter: ReviewFrontmatter = {
    title: document.title.text,
    year: options.year,
    author: { ...withParts(name, parts), role: document.author.role },
    // The importer reads the Communist Review's English edition.
    language: "en",
    published: document.published,
    lead: document.lead,
    captions: document.blocks.flatMap((block) => (block.kind === "caption" ? [block.caption] : [])),
    source: {
      publication,
      issue,
      issueDate,
      ...(url === undefined ? {} : { url }),
      ...(options.sourceFile === undefined ? {} : { file: options.sourceFile }),
    },
    corrections: [],
  };
  const result = ReviewFrontmatterSchema.safeParse(frontmatter);
  if (!result.success) {
    const issueFound = result.error.issues[0];
    const field = issueFound?.path.join(".") ?? "frontmatter";
    throw new ImportError(
      { file: options.file, line: document.title.line },
      `the frontmatter field ${field} is invalid: ${issueFound?.message ?? "unknown problem"}`,
      field.startsWith("author.")
        ? "pass --author-family and --author-given, which together make the author's name"
        : "check the value given on the command line or the line it comes from",
    );
  }
  return frontmatter;
}

/** The name's parts follow the name, so the frontmatter reads name, family, given, nameIsEditorial. */
function withParts(
  name: { name?: string; nameIsEditorial?: boolean },
  parts: { family?: string; given?: string },
): { name?: string; family?: string; given?: string; nameIsEditorial?: boolean } {
  const { name: written, nameIsEditorial } = name;
  return {
    ...(written === undefined ? {} : { name: written }),
    ...parts,
    ...(nameIsEditorial === undefined ? {} : { nameIsEditorial }),
  };
}

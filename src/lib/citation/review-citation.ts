import type { ReviewFrontmatter } from "../schema/review.ts";
import { SITE_NAME } from "../site.ts";
import { absoluteUrl, yearPage } from "../urls.ts";

/**
 * What a citation of one review needs, and nothing more: it travels to the browser as the page's
 * `citation-data` block, so it is small, plain JSON. There is no access date: it is the reader's
 * own, and a build must not depend on the day it ran.
 */
export interface ReviewCitation {
  /** The year the review covers. */
  year: number;
  /** The title exactly as published. */
  title: string;
  author: {
    /** Absent when neither the source nor the editors give one; the role stands for the author then. */
    name?: string;
    /** The source prints only the role; the name is the editors' and is shown in brackets. */
    nameIsEditorial: boolean;
    role: string;
  };
  /** e.g. `Communist Review`. */
  periodical: string;
  /** The print issue number, e.g. 984. */
  issue: number;
  /** The print issue's month as printed, e.g. `February 2022`. */
  issueDate: string;
  /** The online publication date-time, ISO 8601 with the Hanoi offset. */
  published: string;
  /** The article on the publisher's site. */
  originalUrl?: string;
  /** This edition's name, e.g. `Viet Nam’s Diplomacy, Year by Year`. */
  editionTitle: string;
  /** This edition's permanent page for the review, absolute, e.g. `https://…/2021/`. */
  url: string;
}

/** What is cited: the whole review, one section or ordinal point, or one numbered paragraph. */
export type CitationTarget =
  | { kind: "review" }
  | { kind: "section"; id: string; title: string }
  | { kind: "paragraph"; id: string; number: number };

/** The citation of a review from its frontmatter and this edition's address (the home page's, absolute). */
export function reviewCitation(
  data: ReviewFrontmatter,
  site: { url: string; name: string } = { url: absoluteUrl(), name: SITE_NAME },
): ReviewCitation {
  const { author, source } = data;
  return {
    year: data.year,
    title: data.title,
    author: {
      ...(author.name ? { name: author.name } : {}),
      nameIsEditorial: Boolean(author.name && author.nameIsEditorial),
      role: author.role,
    },
    periodical: source.publication,
    issue: source.issue,
    issueDate: source.issueDate,
    published: data.published,
    ...(source.url ? { originalUrl: source.url } : {}),
    editionTitle: site.name,
    url: new URL(yearPage(data.year), site.url).href,
  };
}

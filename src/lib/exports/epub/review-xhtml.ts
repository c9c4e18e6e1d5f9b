import { x } from "xastscript";
import type { ReviewExport } from "../review-export.ts";
import { reviewBodyTree } from "../review-body.ts";
import { bodyXhtml } from "./body-xhtml.ts";
import { xhtmlPage } from "./xhtml-page.ts";

/** The file of a review's text inside the book, and of its apparatus. */
export const reviewFile = (year: number) => `text/review-${year}.xhtml`;
export const aboutFile = (year: number) => `text/about-${year}.xhtml`;

/**
 * A review as one XHTML content document: the title as published, the byline and dates as the page
 * gives them (apparatus: the source prints them as metadata), the lead, the body with its captions
 * and its notes as footnotes.
 */
export function reviewXhtml(review: ReviewExport): string {
  // Each review's document goes into its own book, the edition's, and the edition's typeface.
  const known = documents.get(review);
  if (known !== undefined) return known;
  const made = documentOf(review);
  documents.set(review, made);
  return made;
}
const documents = new WeakMap<ReviewExport, string>();

function documentOf(review: ReviewExport): string {
  const { data, record } = review;
  const { author } = data;
  const name = author.name
    ? [
        author.name,
        ...(author.nameIsEditorial
          ? [x("span", { class: "editorial" }, " [name added by the editors: the article prints only the role]")]
          : []),
        ", ",
      ]
    : [];
  const body = x("body", { "epub:type": "bodymatter" }, [
    x("section", { "epub:type": "chapter", role: "doc-chapter", "aria-labelledby": "review-title" }, [
      x("header", [
        x("p", { class: "apparatus kicker" }, `The year ${data.year} in review`),
        x("h1", { id: "review-title" }, data.title),
        x("dl", { class: "apparatus review-meta" }, [
          x("dt", "Author"),
          x("dd", [...name, author.role]),
          x("dt", "Published online"),
          x("dd", [x("time", { datetime: data.published }, review.publishedLabel)]),
          x("dt", "In print"),
          x("dd", review.issueLabel),
          x("dt", "In this edition"),
          x("dd", [x("a", { href: record.url }, record.url)]),
        ]),
      ]),
      x("p", { id: "lead", class: "lead" }, data.lead),
      ...bodyXhtml(reviewBodyTree(review.html), record.url),
    ]),
  ]);
  return xhtmlPage(data.title, body, { stylesheet: "../styles/book.css" });
}

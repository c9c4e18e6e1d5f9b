import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { importArticle } from "../../../src/lib/importer/index.ts";
import { readReviewBody, splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";
import { readSource } from "./sources.ts";
import { SYNTHETIC_NAME_PARTS, syntheticArticle } from "./synthetic-article.ts";

/**
 * The words of the source in order: title, lead, captions, body, notes; the byline (name, role,
 * date) and the closing line go to the frontmatter and are left out. The one change the importer
 * makes to words is dropping the space before a spaced marker `word (1)`.
 */
function sourceWords(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n/);
  const dateIndex = lines.findIndex((line) => /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d{2}$/.test(line));
  const nameIndex = /^[A-Z ]+$/.test(lines[dateIndex - 2] ?? "") ? dateIndex - 2 : -1;
  const closingIndex = lines.findLastIndex((line) => line.trim() !== "");
  const byline = new Set([nameIndex, dateIndex - 1, dateIndex, closingIndex]);
  const kept = lines.filter((_, index) => !byline.has(index)).join("\n");
  return words(kept.replace(/[ \t\u00a0]+\((\d{1,3})\)/g, "($1)"));
}

/**
 * The words of the review as a reader meets them, read with remark's parser: the frontmatter's
 * title and lead, then the body with captions expanded and note references in place, then notes.
 */
function reviewWords(markdown: string): string[] {
  const { yaml, body } = splitFrontmatter(markdown);
  const frontmatter = ReviewFrontmatterSchema.parse(parseYaml(yaml));
  const blocks = readReviewBody(body, frontmatter.captions);
  expect(blocks.filter((block) => block.kind === "other")).toEqual([]);
  return words([frontmatter.title, frontmatter.lead, ...blocks.map((block) => block.text)].join("\n"));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

const ADVERSARIAL_BLOCKS = [
  "# Not a heading, only a hash.",
  "- Not a list item, only a dash.",
  "> Not a quotation, only a sign.",
  "1) Not a list either.",
  "+ Nor this.",
  "<script>alert(1)</script> is not HTML, nor is <b>this</b> &amp; that.",
  "| a | b | is not a table.",
  "***",
  "Text with `backticks`, ~~tildes~~, **stars**, __underscores__, a\\*backslash and a:directive.",
  "[^9]: is not a footnote definition, [link](https://example.org) is no link.",
  "::caption{#photo-9} is not a caption.",
  "(1) at the start of a paragraph is text, not a marker.",
  "A line with two trailing spaces.  ",
];

describe("every source word survives in order", () => {
  it.each([2021, 2022] as const)("in the %i review", (year) => {
    const text = readSource(year);
    const review = importArticle(text, {
      file: `${year}.txt`,
      authorName: "Bùi Thanh Sơn",
      authorFamily: "Bùi",
      authorGiven: "Thanh Sơn",
    });
    const expected = sourceWords(text);
    expect(expected.length).toBeGreaterThan(2500);
    expect(reviewWords(review.markdown)).toEqual(expected);
  });

  it("in the synthetic article, every variant included", () => {
    const text = syntheticArticle({ lineEnding: "\r\n", bom: true });
    expect(reviewWords(importArticle(text, { file: "synthetic.txt", ...SYNTHETIC_NAME_PARTS }).markdown)).toEqual(
      sourceWords(text),
    );
  });

  it("in text that looks like Markdown, which is escaped rather than read as syntax", () => {
    const text = syntheticArticle({ replaceLines: { 43: ADVERSARIAL_BLOCKS.join("\n\n") } });
    const review = importArticle(text, { file: "adversarial.txt", ...SYNTHETIC_NAME_PARTS });
    expect(reviewWords(review.markdown)).toEqual(sourceWords(text));
    const { body } = splitFrontmatter(review.markdown);
    expect(body).not.toContain("\n<script>");
    expect(body).toContain("\n## \\*\\*\\*\n");
  });
});

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { readReviewBody, readReviewTree, splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";

/** The site's own Markdown reading: remark with all of GFM (autolink literals included) and directives. */
const siteParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const readAsSite = (body: string) => readReviewTree(siteParser.parse(body), []);

const REVIEWS_DIR = path.resolve(import.meta.dirname, "../../../content/reviews");

/**
 * The importer's self-check reads Markdown without GFM's autolink literals, which cost half its
 * time. That is safe only if it reads every block exactly as the site's parser does.
 */
describe("the importer's reading of Markdown matches the site's", () => {
  test.each(readdirSync(REVIEWS_DIR).filter((name) => name.endsWith(".md")))("content/reviews/%s", (name) => {
    const { yaml, body } = splitFrontmatter(readFileSync(path.join(REVIEWS_DIR, name), "utf8"));
    const captions = ReviewFrontmatterSchema.parse(parseYaml(yaml)).captions;
    expect(readReviewBody(body, captions)).toEqual(readReviewTree(siteParser.parse(body), captions));
  });

  test("addresses written out in the text read as the same words, linked or not", () => {
    const body = [
      "See www.mofa.gov.vn, https://tapchicongsan.org.vn/web/english and press@mofa.gov.vn.",
      "",
      "A note.[^1]",
      "",
      "[^1]: At http://example.org/a_(b) (accessed).",
    ].join("\n");
    expect(siteParser.parse(body).children[0]).toMatchObject({
      children: expect.arrayContaining([expect.objectContaining({ type: "link" })]),
    });
    expect(readReviewBody(body, [])).toEqual(readAsSite(body));
  });

  test.each([
    ["strikethrough", "Words ~~struck~~ out.", { kind: "paragraph", text: "Words struck out." }],
    ["a task-list marker", "- [x] done", { kind: "other", text: "done" }],
    ["a table", "| a | b |\n| - | - |\n| 1 | 2 |", { kind: "other", text: "ab12" }],
  ])("GFM syntax that changes what is read (%s) is read as the site reads it", (_, body, expected) => {
    expect(readAsSite(body)).toEqual([expected]);
    expect(readReviewBody(body, [])).toEqual([expected]);
  });
});

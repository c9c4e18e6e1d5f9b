import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import { reviewRecord } from "../../../src/lib/bibliography/review-record.ts";
import { chicagoEntry } from "../../../src/lib/exports/review-export.ts";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import type { ReviewExport } from "../../../src/lib/exports/review-export.ts";
import { teiDocument } from "../../../src/lib/exports/tei/tei-document.ts";
import { ReviewFrontmatterSchema, type ReviewFrontmatter } from "../../../src/lib/schema/review.ts";
import { render } from "../markdown/render.ts";

const file = "tests/fixtures/reviews/2099.md";
const { yaml, body } = splitFrontmatter(readFileSync(file, "utf8"));
const data = ReviewFrontmatterSchema.parse(parseYaml(yaml));
const { html } = await render(body, data);
const edition = { name: "Viet Nam’s Diplomacy, Year by Year", url: "https://diplomacy-reviews.example.org/" };
const exported = (frontmatter: ReviewFrontmatter): ReviewExport => ({
  file,
  data: frontmatter,
  html,
  record: reviewRecord(frontmatter, edition),
  citation: chicagoEntry(reviewRecord(frontmatter, edition)),
  publishedLabel: "Thursday, 20 January 2100, 08:20 (Hanoi time)",
  issueLabel: "Communist Review No. 9999 (January 2100)",
});
const tei = (frontmatter: ReviewFrontmatter) => teiDocument(exported(frontmatter), edition, "urn:uuid:x");
const [correction] = data.corrections;
if (!correction) throw new Error(`${file} declares no correction to test with`);

describe("declared corrections in TEI", () => {
  // The TEI's How to cite makes citeproc-js's Chicago engine first: seconds on a loaded machine.
  test("stand as choice, with the published words in sic and the editors' in corr", { timeout: 30_000 }, () => {
    expect(tei(data)).toContain(
      '<choice><sic>In corporation with</sic><corr resp="#editors">In cooperation with</corr></choice> the defense',
    );
    expect(tei(data)).toContain("The editors corrected 1 place");
  });

  test("one naming a place the text lacks is refused, naming the review's file and what to give", () => {
    const wrong = { ...data, corrections: [{ ...correction, where: "#p-99" }] };
    expect(() => tei(wrong)).toThrow(
      `${file}: the correction "In corporation with" → "In cooperation with" names the place #p-99`,
    );
  });

  test("one whose corrected words are not at its place is refused, saying what `corrected` must be", () => {
    const wrong = { ...data, corrections: [{ ...correction, where: "#p-1" }] };
    expect(() => tei(wrong)).toThrow(
      /2099\.md: the correction at #p-1 gives "In cooperation with".*make "corrected" the text as the Markdown now gives it/,
    );
  });
});

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { bodyBlocks, reviewPlainText } from "../../../src/lib/exports/review-text.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";
import { render } from "../markdown/render.ts";

const { yaml, body } = splitFrontmatter(readFileSync("tests/fixtures/reviews/2099.md", "utf8"));
const data = ReviewFrontmatterSchema.parse(parseYaml(yaml));
const { html } = await render(body, data);
const context = {
  publishedLabel: "Thursday, 20 January 2100, 08:20 (Hanoi time)",
  issueLabel: "Communist Review No. 9999 (January 2100)",
  pageUrl: "https://diplomacy-reviews.example.org/2099/",
  siteName: "Viet Nam’s Diplomacy, Year by Year",
};
const text = reviewPlainText(data, html, context);

describe("the plain text of a review", () => {
  test("opens with the title, the byline as the page gives it, and the lead", () => {
    expect(text.split("\n\n").slice(0, 3)).toEqual([
      data.title,
      [
        "Test Author [name added by the editors: the article prints only the role]",
        "Member of the Party Central Committee, Minister of Foreign Affairs",
        "Published online: Thursday, 20 January 2100, 08:20 (Hanoi time)",
        "In print: Communist Review No. 9999 (January 2100)",
      ].join("\n"),
      "Communist Review - 2099 was a synthetic year used by the tests.",
    ]);
  });

  test("gives headings, points, lessons, captions and notes as plain lines, with no Markdown or apparatus", () => {
    const blocks = bodyBlocks(html);
    expect(blocks).toContain("World enters new phase");
    expect(blocks).toContain(
      "Looking back at 2099, the world experienced bamboo developments(1). Vaccines and Viet Nam.",
    );
    expect(blocks).toContain(
      "Firstly, firmly consolidating the diplomatic position. In the pandemic, the sector managed.",
    );
    expect(blocks).toContain("Second, economic diplomacy contributed significantly.");
    expect(blocks).toContain("1. Remaining calm and prudent.");
    expect(blocks).toContain("2. Constantly innovating.");
    expect(blocks).toContain(
      "[Photo caption, image not reproduced] The minister receiving a delegation (a synthetic caption) Photo:VGP",
    );
    expect(blocks.slice(-3)).toEqual(["Notes", "(1) A note with a link inside.", "(2) A plain note."]);
    expect(text).not.toMatch(/[#*_[\]]{2}|^#|¶|↩|<script|\[\^/m);
  });

  test("closes with the editorial corrections and the addresses of this edition and the original", () => {
    expect(text).toContain(
      'Editorial corrections\n\nAt https://diplomacy-reviews.example.org/2099/#p-4: published “In corporation with”, now “In cooperation with”. A slip in the source; "corporation" is an error for "cooperation".',
    );
    expect(
      text.endsWith(
        "From Viet Nam’s Diplomacy, Year by Year: https://diplomacy-reviews.example.org/2099/\nOriginal: https://example.org/synthetic\n",
      ),
    ).toBe(true);
  });

  test("without a name, the role alone makes the byline", () => {
    const anonymous = { ...data, author: { role: "Minister of Foreign Affairs" } };
    expect(reviewPlainText(anonymous, "", context).split("\n\n")[1]?.split("\n")[0]).toBe(
      "Minister of Foreign Affairs",
    );
  });
});

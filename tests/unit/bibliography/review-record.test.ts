import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { creditedName, onlineDate, reviewRecord } from "../../../src/lib/bibliography/review-record.ts";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";

const EDITION = { url: "https://reviews.example.net/diplomacy/", name: "Viet Nam’s Diplomacy, Year by Year" };

function frontmatterOf(year: number): unknown {
  return parseYaml(splitFrontmatter(readFileSync(`content/reviews/${year}.md`, "utf8")).yaml);
}

describe("the bibliographic record of a review", () => {
  it("records the 2021 review from its frontmatter: the print month, the name's parts, both addresses", () => {
    const record = reviewRecord(ReviewFrontmatterSchema.parse(frontmatterOf(2021)), EDITION);
    expect(record).toEqual({
      id: "CommunistReview984",
      year: 2021,
      title:
        "Viet Nam’s diplomatic highlights in 2021: pioneering, proactivity, enthusiasm and creativity for national development and defense",
      author: {
        name: { family: "Bùi", given: "Thanh Sơn", asWritten: "Bùi Thanh Sơn", familyFirst: true },
        isEditorial: true,
        role: "Member of the Party Central Committee, Minister of Foreign Affairs",
      },
      container: "Communist Review",
      issue: 984,
      issued: { year: 2022, month: 2 },
      issueDate: "February 2022",
      published: "2022-07-20T08:20:00+07:00",
      language: "en",
      url: "https://reviews.example.net/diplomacy/2021/",
      publisherUrl: expect.stringMatching(/^https:\/\/tapchicongsan\.org\.vn\//) as unknown as string,
      editionTitle: "Viet Nam’s Diplomacy, Year by Year",
    });
    expect(creditedName(record)).toBe("[Bùi Thanh Sơn]");
    expect(onlineDate(record)).toEqual([2022, 7, 20]);
  });

  it("dates the 2022 review by its January 2023 issue, not its online date in 2024", () => {
    const record = reviewRecord(ReviewFrontmatterSchema.parse(frontmatterOf(2022)), EDITION);
    expect(record).toMatchObject({
      issue: 1006,
      issued: { year: 2023, month: 1 },
      title: "Vietnams 2022 diplomatic landmarks",
    });
    expect(onlineDate(record)).toEqual([2024, 1, 8]);
  });

  it("knows a given-first name from its parts, and credits the role when there is no name", () => {
    const base = frontmatterOf(2021) as { author: Record<string, unknown> };
    const named = { ...base, author: { name: "Jane Roe", family: "Roe", given: "Jane", role: "Editor" } };
    expect(reviewRecord(ReviewFrontmatterSchema.parse(named), EDITION).author).toEqual({
      name: { family: "Roe", given: "Jane", asWritten: "Jane Roe", familyFirst: false },
      isEditorial: false,
      role: "Editor",
    });
    const unnamed = reviewRecord(ReviewFrontmatterSchema.parse({ ...base, author: { role: "Minister" } }), EDITION);
    expect(unnamed.author).toEqual({ isEditorial: false, role: "Minister" });
    expect(creditedName(unnamed)).toBe("Minister");
  });
});

describe("the frontmatter's name parts", () => {
  const base = frontmatterOf(2021) as { author: Record<string, unknown> };
  const problem = (author: Record<string, unknown>) => {
    const result = ReviewFrontmatterSchema.safeParse({ ...base, author: { role: "Minister", ...author } });
    return result.success ? "accepted" : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  };

  it("refuses a name without its family and given parts, saying which field and what to write", () => {
    expect(problem({ name: "Bùi Thanh Sơn", given: "Thanh Sơn" })).toBe(
      'author.family: the author "Bùi Thanh Sơn" needs author.family and author.given (e.g. family: Bùi, given: Thanh Sơn), which together make author.name',
    );
    expect(problem({ name: "Bùi Thanh Sơn", family: "Bùi" })).toMatch(/^author\.given: /);
  });

  it("refuses parts that do not make the name in either order, and parts without a name", () => {
    expect(problem({ name: "Bùi Thanh Sơn", family: "Bui", given: "Thanh Sơn" })).toBe(
      'author.family: author.family "Bui" and author.given "Thanh Sơn" do not make author.name "Bùi Thanh Sơn" in either order',
    );
    expect(problem({ family: "Bùi", given: "Thanh Sơn" })).toBe(
      "author.name: author.family and author.given need author.name",
    );
    expect(problem({ name: "Bùi Thanh Sơn", family: "Bùi", given: "Thanh Sơn" })).toBe("accepted");
  });
});

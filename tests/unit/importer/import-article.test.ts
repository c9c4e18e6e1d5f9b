import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { importArticle } from "../../../src/lib/importer/index.ts";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";
import { readSource, SOURCE_FILES } from "./sources.ts";
import { SYNTHETIC_NAME_PARTS, syntheticArticle } from "./synthetic-article.ts";

const MINISTER = "Bùi Thanh Sơn";
const ROLE = "Member of the Party Central Committee, Minister of Foreign Affairs";

function importSource(year: 2021 | 2022) {
  return importArticle(readSource(year), {
    file: SOURCE_FILES[year],
    sourceFile: SOURCE_FILES[year],
    authorName: MINISTER,
    authorFamily: "Bùi",
    authorGiven: "Thanh Sơn",
  });
}

const review2021 = importSource(2021);
const review2022 = importSource(2022);
const synthetic = importArticle(syntheticArticle(), {
  file: "synthetic.txt",
  authorName: MINISTER,
  ...SYNTHETIC_NAME_PARTS,
});

describe("the frontmatter", () => {
  it("records the 2021 review, the name it does not print marked as editorial", () => {
    const { lead, captions, ...rest } = review2021.frontmatter;
    expect(rest).toEqual({
      title:
        "Viet Nam’s diplomatic highlights in 2021: pioneering, proactivity, enthusiasm and creativity for national development and defense",
      year: 2021,
      author: { name: MINISTER, family: "Bùi", given: "Thanh Sơn", nameIsEditorial: true, role: ROLE },
      language: "en",
      published: "2022-07-20T08:20:00+07:00",
      source: {
        publication: "Communist Review",
        issue: 984,
        issueDate: "February 2022",
        url: "https://tapchicongsan.org.vn/web/english/international/detail/-/asset_publisher/ZeaSwtFJtMgN/content/viet-nam-s-diplomatic-highlights-in-2021-pioneering-proactivity-enthusiasm-and-creativity-for-national-development-and-defense",
        file: "content/sources/2021-communist-review-984.txt",
      },
      corrections: [],
    });
    expect(lead.startsWith("Communist Review - 2021 was the first year")).toBe(true);
    expect(captions.map((caption) => caption.id)).toEqual(["photo-1", "photo-2"]);
  });

  it("records the 2022 review with its slipped title as printed", () => {
    expect(review2022.year).toBe(2022);
    expect(review2022.frontmatter).toMatchObject({
      title: "Vietnams 2022 diplomatic landmarks",
      published: "2024-01-08T08:55:00+07:00",
      source: {
        issue: 1006,
        issueDate: "January 2023",
        url: "https://en.tapchicongsan.org.vn/web/english/international/detail/-/asset_publisher/ZeaSwtFJtMgN/content/vietnam-s-2022-diplomatic-landmarks",
        file: "content/sources/2022-communist-review-1006.txt",
      },
    });
  });

  it("keeps a printed name and marks nothing as editorial, whatever --author-name says", () => {
    expect(synthetic.frontmatter.author).toEqual({
      name: "NGUYEN VAN A",
      family: "NGUYEN",
      given: "VAN A",
      role: ROLE,
    });
  });

  it("records no name when the source prints none and none is given", () => {
    const review = importArticle(readSource(2021), { file: "2021.txt" });
    expect(review.frontmatter.author).toEqual({ role: ROLE });
  });

  it("writes keys in the schema's order, with corrections and captions present", () => {
    const { yaml } = splitFrontmatter(review2021.markdown);
    const topKeys = yaml
      .split("\n")
      .filter((line) => /^\w/.test(line))
      .map((line) => line.split(":")[0]);
    const leftToEditors = new Set(["figures", "parts", "anchorAliases"]);
    expect(topKeys).toEqual(Object.keys(ReviewFrontmatterSchema.shape).filter((key) => !leftToEditors.has(key)));
    expect(yaml).toContain("\ncorrections: []");
    expect(yaml).toMatch(/\ncaptions:\n {2}- id: photo-1\n/);
  });

  it("validates against the site's schema even for a YAML 1.1 reader, the date staying a string", () => {
    for (const review of [review2021, review2022, synthetic]) {
      const data: unknown = parseYaml(splitFrontmatter(review.markdown).yaml, { schema: "yaml-1.1" });
      expect(ReviewFrontmatterSchema.parse(data)).toEqual(review.frontmatter);
    }
    expect(review2021.markdown).toContain('\npublished: "2022-07-20T08:20:00+07:00"\n');
  });

  it("takes the original address from the known sources, --url winning, absent otherwise", () => {
    const url = "https://example.org/article";
    expect(importArticle(readSource(2021), { file: "x", url }).frontmatter.source.url).toBe(url);
    expect(synthetic.frontmatter.source).not.toHaveProperty("url");
    expect(importArticle(syntheticArticle(), { file: "x", url, ...SYNTHETIC_NAME_PARTS }).frontmatter.source.url).toBe(
      url,
    );
  });

  it("records the source file only when told where it lies", () => {
    expect(synthetic.frontmatter.source).not.toHaveProperty("file");
  });
});

describe("the year", () => {
  it("comes from the title unless --year overrides it", () => {
    expect(synthetic.year).toBe(2031);
    const overridden = importArticle(syntheticArticle(), { file: "x", year: 2030, ...SYNTHETIC_NAME_PARTS });
    expect(overridden.year).toBe(2030);
    expect(overridden.frontmatter.year).toBe(2030);
  });

  it("is taken from --year when the title names none", () => {
    const text = syntheticArticle({ replaceLines: { 1: "A synthetic review of diplomacy" } });
    expect(importArticle(text, { file: "x", year: 2031, ...SYNTHETIC_NAME_PARTS }).year).toBe(2031);
  });
});

describe("the Markdown", () => {
  it("has the shape the site renders: caption directives, headings, strong lead-ins, footnotes", () => {
    const { body } = splitFrontmatter(review2021.markdown);
    expect(
      body.startsWith(
        "\n::caption{#photo-1}\n\n## Global fast and complex developments\n\nGlobal complicated developments",
      ),
    ).toBe(true);
    expect(body).toContain(
      "\n**Firstly, firmly consolidating the diplomatic position and a peaceful, stable and favorable environment for national development.** In the COVID-19 pandemic, ",
    );
    expect(body).toContain(" and progress[^1].\n");
    expect(body).toContain("carbon neutrality in 2050[^2] at the 26th");
    expect(body).toContain("\n::caption{#photo-2}\n");
    expect(body).toMatch(/\n\[\^1\]: Between 2020 and 2021, .*\n\n\[\^2\]: Net zero, .*\n$/);
  });

  it("gives 2022 its point headings, lesson list and headings", () => {
    const { body } = splitFrontmatter(review2022.markdown);
    expect(body).toContain(
      "\n### First, a favorable foreign relations landscape was maintained for national development and Homeland protection.\n",
    );
    expect(body).toContain("\n## Promoting “Vietnamese bamboo” diplomacy\n");
    expect(body).toMatch(/\n1\. Remaining calm .*\n2\. Constantly .*\n3\. Improving .*\n4\. Attaching .*\n/);
    expect(body).toContain("\n2023 is a pivotal year in implementing");
    expect(body).toContain("as a “bright spot”[^3] in the country's");
  });

  it("escapes text that would otherwise turn into Markdown syntax", () => {
    const { body } = splitFrontmatter(synthetic.markdown);
    expect(body).toContain(
      "\n1\\. A line that is no lesson, with \\*stars\\*, \\_underscores\\_, \\[brackets] and a\\:colon.\n",
    );
    expect(body).toContain("\n2023 is a pivotal year.\n");
  });

  it("is byte-identical when the same source is imported twice", () => {
    expect(importSource(2021).markdown).toBe(review2021.markdown);
    expect(importSource(2022).markdown).toBe(review2022.markdown);
  });

  it("is the same from CRLF line ends and a BOM as from LF", () => {
    const options = { file: "x", authorName: MINISTER, ...SYNTHETIC_NAME_PARTS };
    expect(importArticle(syntheticArticle({ lineEnding: "\r\n", bom: true }), options).markdown).toBe(
      importArticle(syntheticArticle(), options).markdown,
    );
    const crlf2021 = `\uFEFF${readSource(2021).replaceAll("\n", "\r\n")}`;
    expect(
      importArticle(crlf2021, {
        file: SOURCE_FILES[2021],
        sourceFile: SOURCE_FILES[2021],
        authorName: MINISTER,
        authorFamily: "Bùi",
        authorGiven: "Thanh Sơn",
      }).markdown,
    ).toBe(review2021.markdown);
  });
});

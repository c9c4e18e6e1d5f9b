import { describe, expect, test } from "vitest";
import {
  apa,
  apaInText,
  bibtex,
  chicago,
  citationKey,
  cslItem,
  cslJson,
  escapeBibtex,
  plainText,
  richHtml,
} from "../../../src/lib/citation/format-citation.ts";
import { reviewCitation, type CitationTarget, type ReviewCitation } from "../../../src/lib/citation/review-citation.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";

const ORIGINAL =
  "https://tapchicongsan.org.vn/web/english/international/detail/-/asset_publisher/ZeaSwtFJtMgN/content/viet-nam-s-diplomatic-highlights-in-2021";

const review2021: ReviewCitation = reviewCitation(
  ReviewFrontmatterSchema.parse({
    title:
      "Viet Nam’s diplomatic highlights in 2021: pioneering, proactivity, enthusiasm and creativity for national development and defense",
    year: 2021,
    author: {
      name: "Bùi Thanh Sơn",
      nameIsEditorial: true,
      role: "Member of the Party Central Committee, Minister of Foreign Affairs",
    },
    published: "2022-07-20T08:20:00+07:00",
    lead: "Communist Review - 2021 was the first year …",
    source: { publication: "Communist Review", issue: 984, issueDate: "February 2022", url: ORIGINAL },
  }),
  { url: "https://diplomacy-reviews.example.org", name: "Viet Nam’s Diplomacy, Year by Year" },
);

const section: CitationTarget = {
  kind: "section",
  id: "global-fast-and-complex-developments",
  title: "Global fast and complex developments",
};
const point: CitationTarget = {
  kind: "section",
  id: "firstly-firmly-consolidating-the-diplomatic-position",
  title: "Firstly, firmly consolidating the diplomatic position.",
};
const paragraph: CitationTarget = { kind: "paragraph", id: "p-12", number: 12 };
const TITLE = review2021.title;

describe("the citation data", () => {
  test("carries this edition's permanent page and the editors' name flag, and no access date", () => {
    expect(review2021.url).toBe("https://diplomacy-reviews.example.org/2021/");
    expect(review2021.author).toEqual({ name: "Bùi Thanh Sơn", nameIsEditorial: true, role: review2021.author.role });
    expect(JSON.stringify(review2021)).not.toMatch(/access/i);
  });
});

describe("Chicago", () => {
  test("a section: bracketed editorial name, quoted title, italic periodical, issue, online date, original and deep link", () => {
    const text = chicago(review2021, section);
    expect(plainText(text)).toBe(
      `[Bùi Thanh Sơn]. “${TITLE}.” Communist Review, no. 984 (February 2022). Published online July 20, 2022, ${ORIGINAL}. ` +
        "Reproduced in Viet Nam’s Diplomacy, Year by Year, section “Global fast and complex developments,” " +
        "https://diplomacy-reviews.example.org/2021/#global-fast-and-complex-developments.",
    );
    expect(richHtml(text)).toContain("<i>Communist Review</i>, no. 984");
  });

  test("a paragraph is pinpointed with ¶ and its own address", () => {
    expect(plainText(chicago(review2021, paragraph))).toMatch(
      /Year by Year, ¶ 12, https:\/\/diplomacy-reviews\.example\.org\/2021\/#p-12\.$/,
    );
  });

  test("a point's closing full stop gives way to the comma inside the quotation marks", () => {
    expect(plainText(chicago(review2021, point))).toContain(
      "section “Firstly, firmly consolidating the diplomatic position,” https://",
    );
  });

  test("the whole review has no pinpoint; a review without a name is credited to the role", () => {
    const anonymous = { ...review2021, author: { nameIsEditorial: false, role: "Minister of Foreign Affairs" } };
    const text = plainText(chicago(anonymous, { kind: "review" }));
    expect(text.startsWith("Minister of Foreign Affairs. “")).toBe(true);
    expect(text.endsWith("Year by Year, https://diplomacy-reviews.example.org/2021/.")).toBe(true);
  });

  test("quotation marks inside the title turn single; a title ending in a question mark takes no full stop", () => {
    const asked = { ...review2021, title: "What is “bamboo diplomacy”?" };
    expect(plainText(chicago(asked, paragraph))).toContain("“What is ‘bamboo diplomacy’?” Communist Review");
  });
});

describe("APA", () => {
  test("a section: author, (year, month) of the print issue, title, periodical and issue, deep link last", () => {
    const text = apa(review2021, section);
    expect(plainText(text)).toBe(
      `[Bùi Thanh Sơn]. (2022, February). ${TITLE}. Communist Review, (984). ` +
        "Reproduced in Viet Nam’s Diplomacy, Year by Year, section “Global fast and complex developments”. " +
        "https://diplomacy-reviews.example.org/2021/#global-fast-and-complex-developments",
    );
    expect(richHtml(text)).toContain("<i>Viet Nam’s Diplomacy, Year by Year</i>, section");
    expect(apaInText(review2021, section)).toBe(
      "([Bùi Thanh Sơn], 2022, “Global fast and complex developments” section)",
    );
  });

  test("a paragraph: para. N in the reference and in the text", () => {
    expect(plainText(apa(review2021, paragraph))).toMatch(
      /Year by Year, para\. 12\. https:\/\/diplomacy-reviews\.example\.org\/2021\/#p-12$/,
    );
    expect(apaInText(review2021, paragraph)).toBe("([Bùi Thanh Sơn], 2022, para. 12)");
  });
});

describe("BibTeX", () => {
  test("a paragraph: an @article with literal author, braced title, month macro, deep link and a note", () => {
    expect(bibtex(review2021, paragraph)).toBe(
      [
        "@article{CommunistReview984-p12,",
        "  author = {{[Bùi Thanh Sơn]}},",
        `  title = {{${TITLE}}},`,
        "  journal = {Communist Review},",
        "  number = {984},",
        "  year = {2022},",
        "  month = feb,",
        "  url = {https://diplomacy-reviews.example.org/2021/#p-12},",
        "  note = {Paragraph 12. Reproduced in Viet Nam’s Diplomacy, Year by Year. Published online July 20, 2022: " +
          `\\url{${ORIGINAL}}. The article prints only the author’s role (Member of the Party Central Committee, Minister of Foreign Affairs); the name is supplied by the editors.},`,
        "}",
      ].join("\n"),
    );
  });

  test("a section gets a short key from its id and its title in the note", () => {
    const entry = bibtex(review2021, point);
    expect(entry.startsWith("@article{CommunistReview984-firstly-firmly-consolidating-the-diplomatic,")).toBe(true);
    expect(entry).toContain("note = {Section “Firstly, firmly consolidating the diplomatic position”.");
  });

  test("LaTeX's special characters are escaped in text, and the braces stay balanced", () => {
    expect(escapeBibtex("50% & {more} #1 a_b $5 ^ ~ \\")).toBe(
      "50\\% \\& \\{more\\} \\#1 a\\_b \\$5 \\^{} \\~{} \\textbackslash{}",
    );
    const tricky = { ...review2021, title: "Growth of 8% & {trade} in R_D" };
    const entry = bibtex(tricky, section);
    expect(entry).toContain("title = {{Growth of 8\\% \\& \\{trade\\} in R\\_D}},");
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (entry[i - 1] === "\\") continue;
      if (c === "{") depth++;
      if (c === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  test("a # or % in the original's address is escaped inside \\url in the note, not in the url field", () => {
    const odd = { ...review2021, originalUrl: "https://example.org/a%20b#c" };
    expect(bibtex(odd, paragraph)).toContain("\\url{https://example.org/a\\%20b\\#c}");
    expect(citationKey(odd, { kind: "review" })).toBe("CommunistReview984");
  });
});

// The properties of the CSL data schema (citation-style-language/schema, csl-data.json) this edition uses or could.
const CSL_PROPERTIES = new Set(
  (
    "type id categories language journalAbbreviation shortTitle author accessed available-date issued original-date abstract " +
    "archive container-title DOI genre ISSN issue medium note number original-title publisher publisher-place section source " +
    "title title-short URL version volume custom"
  ).split(" "),
);
const CSL_TYPES = new Set(["article", "article-journal", "article-magazine", "article-newspaper", "webpage"]);

describe("CSL-JSON", () => {
  test("a section and a paragraph: only CSL data fields, with well-formed names and dates", () => {
    for (const target of [section, paragraph]) {
      const parsed = JSON.parse(cslJson(review2021, target)) as Record<string, unknown>[];
      expect(parsed).toHaveLength(1);
      const item = parsed[0] ?? {};
      for (const key of Object.keys(item)) expect(CSL_PROPERTIES, key).toContain(key);
      expect(CSL_TYPES).toContain(item["type"]);
      expect(typeof item["id"]).toBe("string");
      for (const name of item["author"] as object[]) expect(Object.keys(name)).toEqual(["literal"]);
      for (const key of ["issued", "available-date"]) {
        const parts = (item[key] as { "date-parts": unknown[][] })["date-parts"];
        expect(parts).toHaveLength(1);
        expect(parts[0]?.every((n) => Number.isInteger(n))).toBe(true);
      }
    }
  });

  test("dates: the print issue's month is issued, the Hanoi online date is available-date; no accessed", () => {
    const item = cslItem(review2021, paragraph);
    expect(item.issued).toEqual({ "date-parts": [[2022, 2]] });
    expect(item["available-date"]).toEqual({ "date-parts": [[2022, 7, 20]] });
    expect(item).not.toHaveProperty("accessed");
    expect(item.URL).toBe("https://diplomacy-reviews.example.org/2021/#p-12");
    expect(item.author).toEqual([{ literal: "[Bùi Thanh Sơn]" }]);
  });

  test("an online date late in the Hanoi evening stays on that Hanoi day", () => {
    const late = { ...review2021, published: "2024-01-08T23:55:00+07:00" };
    expect(cslItem(late, section)["available-date"]).toEqual({ "date-parts": [[2024, 1, 8]] });
  });
});

test("rich text escapes HTML in its runs", () => {
  expect(richHtml(["a < b & ", { em: "<c>" }])).toBe("a &#60; b &#38; <i>&#60;c&#62;</i>");
});

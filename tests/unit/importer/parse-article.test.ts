import { describe, expect, it } from "vitest";
import type { ArticleBlock, ArticleDocument, InlineNode } from "../../../src/lib/importer/article-document.ts";
import { findYearInTitle, inlineContentOf, parseArticle } from "../../../src/lib/importer/parse-article.ts";
import { readSource } from "./sources.ts";
import { syntheticArticle } from "./synthetic-article.ts";

const synthetic = parseArticle(syntheticArticle(), "synthetic.txt");
const review2021 = parseArticle(readSource(2021), "2021.txt");
const review2022 = parseArticle(readSource(2022), "2022.txt");

/** Inline content as the site would show it, markers as `[^n]`, to compare in one string. */
function show(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.kind === "text" ? node.value : `[^${node.number}]`)).join("");
}

function blocksOf<K extends ArticleBlock["kind"]>(
  document: ArticleDocument,
  kind: K,
): Extract<ArticleBlock, { kind: K }>[] {
  return document.blocks.filter((block): block is Extract<ArticleBlock, { kind: K }> => block.kind === kind);
}

describe("the byline", () => {
  it("reads the title, a printed name line, the role and the online date in Hanoi time", () => {
    expect(synthetic.title).toEqual({ text: "Synthetic diplomatic highlights in 2031: a test article", line: 1 });
    expect(synthetic.author).toEqual({
      name: "NGUYEN VAN A",
      role: "Member of the Party Central Committee, Minister of Foreign Affairs",
    });
    expect(synthetic.published).toBe("2032-01-06T09:05:00+07:00");
  });

  it("reads the real sources, which print the role but no name", () => {
    expect(review2021.title.text).toBe(
      "Viet Nam’s diplomatic highlights in 2021: pioneering, proactivity, enthusiasm and creativity for national development and defense",
    );
    expect(review2022.title.text).toBe("Vietnams 2022 diplomatic landmarks");
    for (const review of [review2021, review2022]) {
      expect(review.author).toEqual({ role: "Member of the Party Central Committee, Minister of Foreign Affairs" });
    }
    expect(review2021.published).toBe("2022-07-20T08:20:00+07:00");
    expect(review2022.published).toBe("2024-01-08T08:55:00+07:00");
  });

  it("keeps the lead whole, its `Communist Review - ` prefix included", () => {
    expect(synthetic.lead).toBe(
      "Communist Review - 2031 was a synthetic year (the 2030-2031 tenure) used by the tests.",
    );
    expect(review2021.lead).toMatch(
      /^Communist Review - 2021 was the first year .* contributions to the country’s success\.$/,
    );
    expect(review2022.lead).toMatch(/^Communist Review - In 2022, the international landscape /);
  });
});

describe("captions", () => {
  it("splits a caption into its words and its credit, `_Photo:VGP` without a space included", () => {
    expect(blocksOf(synthetic, "caption").map((block) => block.caption)).toEqual([
      {
        id: "photo-1",
        text: "The minister receiving a delegation in Ha Noi (the 2030-2031 tenure)",
        credit: "VGP",
        creditAsPrinted: "_Photo:VGP",
      },
      { id: "photo-2", text: "A delegation arrives", credit: "VNA", creditAsPrinted: "_Photo: VNA" },
    ]);
  });

  it("finds both captions of 2021 and the one of 2022, numbered in order", () => {
    const captions2021 = blocksOf(review2021, "caption").map((block) => block.caption);
    expect(captions2021.map(({ id, credit, creditAsPrinted }) => ({ id, credit, creditAsPrinted }))).toEqual([
      { id: "photo-1", credit: "VGP", creditAsPrinted: "_Photo: VGP" },
      { id: "photo-2", credit: "VNA", creditAsPrinted: "_Photo: VNA" },
    ]);
    expect(captions2021[0]?.text).toMatch(/^Politburo member, .* hosted by the Ministry of Foreign Affairs$/);
    expect(blocksOf(review2022, "caption").map((block) => block.caption.text)).toEqual([
      "Party General Secretary Nguyen Phu Trong receives UN Secretary General António Guterres who paid an official visit to Vietnam on the occasion of 45 years of Vietnam’s UN membership",
    ]);
  });
});

describe("section headings", () => {
  it("makes short lines without closing punctuation headings, trailing spaces trimmed", () => {
    expect(blocksOf(synthetic, "sectionHeading").map((block) => show(block.content))).toEqual([
      "World enters new phase",
      "Results of the year",
    ]);
  });

  it("finds the three headings of 2021 and the five of 2022, a trailing no-break space trimmed", () => {
    expect(blocksOf(review2021, "sectionHeading").map((block) => show(block.content))).toEqual([
      "Global fast and complex developments",
      "Viet Nam’s diplomatic highlights in 2021",
      "Building Viet Nam’s comprehensive and modern diplomacy for national development and national defense in the new period",
    ]);
    expect(blocksOf(review2022, "sectionHeading").map((block) => show(block.content))).toEqual([
      "World enters new phase",
      "Vietnam's diplomacy achieves new successes with significant impacts",
      "Promoting “Vietnamese bamboo” diplomacy",
      "Continuing to build a pure, strong, professional, comprehensive, and modern diplomatic sector",
    ]);
  });

  it("leaves a line that ends like a clause, or opens with a number, a paragraph", () => {
    const paragraphs = blocksOf(synthetic, "paragraph").map((block) => show(block.content));
    expect(paragraphs).toContain("The lessons learned include:");
    expect(paragraphs).toContain("2023 is a pivotal year.");
  });
});

describe("ordinal points", () => {
  it("makes a point standing as its own sentence a heading, closing period included", () => {
    expect(blocksOf(synthetic, "pointHeading").map((block) => show(block.content))).toEqual([
      "First, a favorable landscape was maintained for national development.",
      "Second, economic diplomacy contributed significantly[^3].",
      "Third, the country’s standing rose.",
      "Fourth, research was accelerated.",
      "Fifth, cultural diplomacy was combined with economic diplomacy.",
      "Sixth, the diplomatic sector was strengthened.",
    ]);
    const headings2022 = blocksOf(review2022, "pointHeading").map((block) => show(block.content));
    expect(headings2022.map((heading) => heading.split(",")[0])).toEqual([
      "First",
      "Second",
      "Third",
      "Fourth",
      "Fifth",
      "First",
      "Second",
      "Third",
      "Fourth",
    ]);
    expect(headings2022[0]).toBe(
      "First, a favorable foreign relations landscape was maintained for national development and Homeland protection.",
    );
  });

  it("leads a run-in point's paragraph in with its first sentence, not stopping at abbreviations", () => {
    const [firstly, secondly] = blocksOf(synthetic, "pointParagraph");
    expect(show(firstly?.leadIn ?? [])).toBe(
      "Firstly, consolidating the position with the U.S. Government, e.g. by talks with Mr. Smith on Conclusion No. 12-KL/TW.",
    );
    expect(show(firstly?.rest ?? [])).toBe(" In the pandemic, the sector managed[^4].");
    expect(show(secondly?.leadIn ?? [])).toBe("Secondly, promoting economic diplomacy.");
  });

  it("finds the ten run-in points of 2021", () => {
    const points = blocksOf(review2021, "pointParagraph");
    expect(points.map((point) => show(point.leadIn).split(",")[0])).toEqual([
      "Firstly",
      "Secondly",
      "Thirdly",
      "Fourthly",
      "Firstly",
      "Secondly",
      "Thirdly",
      "Fourthly",
      "Fifthly",
      "Sixthly",
    ]);
    expect(show(points[0]?.leadIn ?? [])).toBe(
      "Firstly, firmly consolidating the diplomatic position and a peaceful, stable and favorable environment for national development.",
    );
    expect(show(points[0]?.rest ?? [])).toMatch(/^ In the COVID-19 pandemic, /);
    expect(blocksOf(review2021, "pointHeading")).toEqual([]);
  });
});

describe("numbered lessons", () => {
  it("makes consecutive numbered paragraphs one list, without their printed numbers", () => {
    const [lessons] = blocksOf(synthetic, "lessonList");
    expect(lessons?.start).toBe(1);
    expect(lessons?.items.map((item) => show(item.content))).toEqual([
      "Remaining calm and prudent.",
      "Constantly innovating[^5].",
      "Improving research.",
    ]);
    const [lessons2022] = blocksOf(review2022, "lessonList");
    expect(lessons2022?.items.map((item) => show(item.content).split(" ")[0])).toEqual([
      "Remaining",
      "Constantly",
      "Improving",
      "Attaching",
    ]);
  });

  it("keeps the start number of a list that does not begin at 1", () => {
    const text = syntheticArticle({
      replaceLines: { 35: "3. Remaining calm.", 37: "4. Innovating (5).", 39: "5. Improving." },
    });
    expect(blocksOf(parseArticle(text, "x.txt"), "lessonList")[0]?.start).toBe(3);
  });

  it("leaves a lone numbered line that continues no list a paragraph", () => {
    expect(blocksOf(synthetic, "lessonList")).toHaveLength(1);
    expect(blocksOf(synthetic, "paragraph").map((block) => show(block.content))).toContain(
      "1. A line that is no lesson, with *stars*, _underscores_, [brackets] and a:colon.",
    );
  });
});

describe("note markers and notes", () => {
  it("reads markers glued to a word or a quote, or after a space, which is dropped", () => {
    const paragraph = blocksOf(synthetic, "paragraph")[0];
    expect(show(paragraph?.content ?? [])).toBe(
      "Looking back at 2031, the world met a “bright spot”[^1] and progress[^2]. Vaccines arrived in 2031 (1931) too.",
    );
    expect(paragraph?.content.filter((node) => node.kind === "noteReference")).toEqual([
      { kind: "noteReference", number: 1, line: 13 },
      { kind: "noteReference", number: 2, line: 13 },
    ]);
  });

  it("leaves parentheses that are not a one-to-three-digit number as text", () => {
    expect(synthetic.lead).toContain("(the 2030-2031 tenure)");
    expect(show(blocksOf(synthetic, "paragraph")[0]?.content ?? [])).toContain("(1931)");
  });

  it("reads a notes block with blank lines and continuation lines", () => {
    expect(synthetic.notes).toEqual([
      { number: 1, line: 48, text: "A note on bright spots." },
      { number: 2, line: 50, text: "A note that goes on\non a second line." },
      { number: 3, line: 52, text: "A third note." },
      { number: 4, line: 54, text: "A fourth note." },
      { number: 5, line: 55, text: "A fifth note, Vol. I, p.p 161 - 162" },
    ]);
    expect(review2021.notes.map((note) => note.number)).toEqual([1, 2]);
    expect(review2022.notes.map((note) => [note.number, note.line])).toEqual([
      [1, 101],
      [2, 102],
      [3, 104],
      [4, 105],
    ]);
  });

  it("cites each note of the real sources from the body", () => {
    const cited = (document: ArticleDocument): string[] =>
      document.blocks
        .map((block) => show(inlineContentOf(block)))
        .flatMap((text) => text.match(/\S*\[\^\d+\]\S*/g) ?? []);
    expect(cited(review2021)).toEqual(["progress[^1].", "2050[^2]"]);
    expect(cited(review2022)).toEqual(["countries[^1].", "Vietnam[^2].", "spot”[^3]", "community[^4]."]);
  });
});

describe("the closing line", () => {
  it("gives the print issue, read through no-break spaces and without a final newline", () => {
    expect(synthetic.printIssue).toEqual({
      line: 57,
      publication: "Communist Review",
      issue: 9999,
      issueDate: "March 2032",
    });
    expect(review2021.printIssue).toMatchObject({
      publication: "Communist Review",
      issue: 984,
      issueDate: "February 2022",
    });
    expect(review2022.printIssue).toMatchObject({
      publication: "Communist Review",
      issue: 1006,
      issueDate: "January 2023",
    });
  });
});

describe("the year reviewed", () => {
  it("is the first 19xx or 20xx year in the title", () => {
    expect(findYearInTitle(review2021.title.text)).toBe(2021);
    expect(findYearInTitle("Vietnams 2022 diplomatic landmarks")).toBe(2022);
    expect(findYearInTitle("From 1995 to 2005: thirty years")).toBe(1995);
    expect(findYearInTitle("No. 12345 and 2100s")).toBeUndefined();
    expect(findYearInTitle("Diplomatic landmarks")).toBeUndefined();
  });
});

describe("line ends", () => {
  it("reads CRLF line ends and a UTF-8 BOM like LF", () => {
    expect(parseArticle(syntheticArticle({ lineEnding: "\r\n", bom: true }), "synthetic.txt")).toEqual(synthetic);
    const crlf2021 = `\uFEFF${readSource(2021).replaceAll("\n", "\r\n")}`;
    expect(parseArticle(crlf2021, "2021.txt")).toEqual(review2021);
  });
});

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readIndexDir, type IndexData } from "../../../src/lib/name-index/index-files.ts";
import { buildNameIndex, type IndexRecord } from "../../../src/lib/name-index/name-index.ts";
import { indexReport, formatIndexReport } from "../../../src/lib/name-index/index-report.ts";
import { readReviewFiles } from "../../../src/lib/name-index/review-files.ts";
import type { IndexedReview } from "../../../src/lib/name-index/index-texts.ts";

/**
 * The shipped index against the published text. Counts are made here from content/sources with
 * plain patterns, not by the index's own matcher: the source's title, role, date and closing lines
 * are set aside (the index reads the lead, captions, body and notes, as the year page shows them).
 */
function sourceBody(year: number): string {
  const file = readdirSync("content/sources").find((f) => f.startsWith(`${year}-`)) ?? "";
  const lines = readFileSync(join("content/sources", file), "utf8").split("\n");
  return lines
    .slice(1)
    .filter(
      (l) =>
        !/^(Member of the Party Central Committee|\w+day, \w+ \d+, \d{4} \d\d:\d\d|This article was published)/.test(l),
    )
    .join("\n");
}
const count = (year: number, pattern: RegExp) => sourceBody(year).match(new RegExp(pattern, "gu"))?.length ?? 0;

let data: IndexData;
let reviews: IndexedReview[];
let records: IndexRecord[];
beforeAll(async () => {
  data = readIndexDir("content/index");
  reviews = await readReviewFiles("content/reviews");
  records = buildNameIndex(data.entries, reviews);
});
const counted = (slug: string, year: number) =>
  records.find((r) => r.entry.slug === slug)?.years.find((y) => y.year === year)?.count ?? 0;

describe("the shipped index counts mentions as the texts give them", () => {
  // [slug, pattern counted in the source]: each form once per naming ("APEC" stands after its expansion).
  const CASES: [string, RegExp][] = [
    ["laos", /\bLaos\b/],
    ["cambodia", /\bCambodia\b/],
    ["apec", /\bAPEC\b/],
    ["ho-chi-minh", /Ho Chi Minh/],
    ["nguyen-phu-trong", /Nguyen Phu Trong/],
    ["pham-minh-chinh", /Pham Minh Chinh/],
    ["unclos", /\bUNCLOS\b/],
    ["free-trade-agreements", /\bFTAs\b/],
    ["national-conference-on-foreign-affairs", /National Conference on Foreign Affairs/],
    // A longer name holding a form takes its mention: the Politburo in the Prime Minister's style …
    ["politburo", /\bPolitburo\b(?! member, Prime Minister)/],
    // … and Viet Nam in the title of the General Secretary's article. "Vietnamese" is not the country.
    ["viet-nam", /(?<!socialism in )\bViet ?[Nn]am\b/],
  ];
  test.each(CASES.flatMap(([slug, pattern]) => [2021, 2022].map((year) => [slug, year, pattern] as const)))(
    "%s in %i",
    (slug, year, pattern) => {
      const expected = count(year, pattern);
      expect(counted(slug, year)).toBe(expected);
    },
  );

  test("the cases are not trivially empty", () => {
    expect(count(2021, /\bViet ?[Nn]am\b/)).toBeGreaterThan(20);
    expect(count(2022, /\bLaos\b/)).toBe(1);
  });

  test("UN Human Rights Council is the council's mention, not also one of the UN", () => {
    const bareUn = count(
      2022,
      /\bUN\b(?! Human Rights Council)(?! General Assembly's 77th)(?! Secretary General António)(?! Charter)/,
    );
    expect(counted("un-human-rights-council", 2022)).toBe(count(2022, /UN Human Rights Council/));
    expect(counted("united-nations", 2022)).toBe(bareUn + count(2022, /United Nations(?! Security Council)/));
  });
});

describe("the report", () => {
  test("the shipped index covers every capitalised name and acronym of the reviews, or says why not", () => {
    const report = indexReport(data, reviews);
    expect(report.uncovered, formatIndexReport(report)).toEqual([]);
    expect(report.staleLeftOut).toEqual([]);
    expect(report.names).toBeGreaterThan(400);
  });

  test("lists a name no entry covers, with where it stands", () => {
    const withoutLaos: IndexData = { ...data, entries: data.entries.filter((e) => e.slug !== "laos") };
    const report = indexReport(withoutLaos, reviews);
    expect(report.uncovered.map((u) => u.word)).toEqual(["Laos"]);
    expect(report.uncovered[0]?.places[0]).toMatchObject({ year: 2022, anchor: "p-7" });
    expect(formatIndexReport(report)).toContain("Laos (1×) 2022 ¶ 7 (#p-7)");
  });

  test("lists a left-out name the reviews do not print", () => {
    const stale = { forms: ["Atlantis"], why: "a test of the report", file: "left-out.yaml", line: 9 };
    const report = indexReport({ ...data, leftOut: [...data.leftOut, stale] }, reviews);
    expect(formatIndexReport(report)).toContain("left-out.yaml:9: Atlantis left out, but no review prints them");
  });
});

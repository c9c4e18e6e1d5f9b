import { describe, expect, test } from "vitest";
import {
  countByYear,
  describeCount,
  headingTitle,
  inYear,
  mergeSections,
  sectionsOf,
  type PagefindResultData,
  type SectionResult,
} from "../../../src/scripts/search/sections.ts";

const page = (year: string, subs: [string, string, number][]): PagefindResultData => ({
  url: `/${year}/`,
  meta: { title: `Review of ${year}`, year },
  sub_results: subs.map(([title, hash, score]) => ({
    title,
    url: `/${year}/?highlight=bamboo#${hash}`,
    excerpt: `the <mark>bamboo</mark> in ${hash}`,
    weighted_locations: [{ balanced_score: score }],
  })),
});

describe("sectionsOf", () => {
  test("names each section by its year and heading, without the heading link's #", () => {
    const [section] = sectionsOf(page("2021", [["World enters new phase#", "world", 3]]), 10);
    expect(section).toMatchObject({
      year: "2021",
      review: "Review of 2021",
      section: "World enters new phase",
      url: "/2021/?highlight=bamboo#world",
      score: 3,
    });
  });
});

describe("headingTitle", () => {
  test("keeps a # that belongs to the heading's words", () => {
    expect(headingTitle("Goal #1 ")).toBe("Goal #1");
    expect(headingTitle("Results #")).toBe("Results");
  });
});

describe("mergeSections", () => {
  const a = sectionsOf(
    page("2021", [
      ["A", "a", 1],
      ["B", "b", 5],
    ]),
    10,
  );
  const b = sectionsOf(page("2022", [["C", "c", 9]]), 20);

  test("orders by review relevance, then by section within a review", () => {
    expect(mergeSections([[...a, ...b]]).map((s) => s.section)).toEqual(["C", "B", "A"]);
  });

  test("keeps each section once, from the spelling that found it best", () => {
    const [first] = a;
    if (!first) throw new Error("no section");
    const better: SectionResult[] = [{ ...first, score: 50, excerpt: "better" }];
    const merged = mergeSections([a, better]);
    expect(merged.filter((s) => s.section === "A")).toHaveLength(1);
    expect(merged.find((s) => s.section === "A")?.excerpt).toBe("better");
  });
});

describe("counting and filtering by year", () => {
  const sections = mergeSections([
    sectionsOf(
      page("2021", [
        ["A", "a", 1],
        ["B", "b", 2],
      ]),
      1,
    ),
  ]);

  test("every listed year has a count, 0 where nothing matched", () => {
    expect([...countByYear(sections, ["2022", "2021"])]).toEqual([
      ["2022", 0],
      ["2021", 2],
    ]);
  });

  test("a year keeps only its sections; no year keeps all", () => {
    expect(inYear(sections, "2022")).toEqual([]);
    expect(inYear(sections, "")).toHaveLength(2);
  });

  test("describes the count in words", () => {
    expect(describeCount(sections)).toBe("2 sections in 2021");
    expect(describeCount([])).toBe("No section");
  });
});

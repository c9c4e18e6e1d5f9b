import { describe, expect, test } from "vitest";
import {
  countByYear,
  describeCount,
  excerptAround,
  headingTitle,
  holdsAll,
  inYear,
  passagesOf,
  rankPassages,
  type PagefindAnchor,
  type PagefindResultData,
  type Passage,
} from "../../../src/scripts/search/passages.ts";
import { queryTerms } from "../../../src/scripts/search/ranking.ts";

// A review of 2021 as Pagefind hands it over: its words, its anchors, and the passages with hits.
const content =
  "World enters new phase The bridge connecting ASEAN partners grew . " + // h2 at 0, ¶ 1 at 4
  "A bridge was built ; ASEAN members were connecting roads . " + // ¶ 2 at 11
  "Net zero , or any emissions are balanced ."; // note 2 at 21
const anchors: PagefindAnchor[] = [
  { element: "h2", id: "world", text: "World enters new phase#", location: 0 },
  { element: "p", id: "p-1", text: "", title: "¶ 1", location: 4 },
  { element: "p", id: "p-2", text: "", title: "¶ 2", location: 11 },
  { element: "li", id: "note-2", text: "", title: "Note 2 (to ¶ 1)", location: 21 },
];
const words = content.split(/\s+/);
const hitsOf = (query: string, from: number, to: number) =>
  words.flatMap((w, i) =>
    i >= from && i < to && queryTerms(query).some((t) => w.toLowerCase().startsWith(t.slice(0, 5))) ? [i] : [],
  );

function review(year: string, query: string, score = 1): PagefindResultData {
  const sub = (anchor: PagefindAnchor, end: number) => {
    const locations = hitsOf(query, anchor.location, end);
    return {
      title: anchor.title ?? anchor.text,
      url: `/${year}/?highlight=x#${anchor.id}`,
      excerpt: `excerpt of ${anchor.id}`,
      locations,
      weighted_locations: locations.map((location) => ({ location, balanced_score: score })),
      anchor,
    };
  };
  const [h2, p1, p2, note] = anchors as [PagefindAnchor, PagefindAnchor, PagefindAnchor, PagefindAnchor];
  return {
    url: `/${year}/`,
    content,
    meta: { title: `Review of ${year}`, year },
    anchors,
    sub_results: [sub(h2, 4), sub(p1, 11), sub(p2, 21), sub(note, words.length)].filter((s) => s.locations.length),
  };
}

describe("passagesOf", () => {
  test("names a paragraph by its year, the heading above it and its number; a note by its own title", () => {
    const passages = passagesOf(review("2021", "ASEAN net"), 3, queryTerms("ASEAN net"));
    expect(passages.map((p) => [p.year, p.section, p.title])).toEqual([
      ["2021", "World enters new phase", "¶ 1"],
      ["2021", "World enters new phase", "¶ 2"],
      ["2021", "", "Note 2 (to ¶ 1)"],
    ]);
    expect(passages[0]?.url).toBe("/2021/?highlight=x#p-1");
  });

  test("a heading that matches is a passage named by its words, without the link's #", () => {
    const [heading] = passagesOf(review("2021", "phase"), 1, queryTerms("phase"));
    expect(heading).toMatchObject({ section: "", title: "World enters new phase" });
  });
});

describe("honest passages", () => {
  // Pagefind reports prefix hits: "had" and "has" for "hà". Such a passage holds none of the words.
  const page: PagefindResultData = {
    url: "/2022/",
    content: "Vietnam had done well . It has the bamboo and Hanoi .",
    meta: { title: "Review of 2022", year: "2022" },
    anchors: [
      { element: "p", id: "p-1", text: "", title: "¶ 1", location: 0 },
      { element: "p", id: "p-2", text: "", title: "¶ 2", location: 5 },
    ],
    sub_results: [
      {
        title: "¶ 1",
        url: "/2022/#p-1",
        excerpt: "Vietnam <mark>had</mark>",
        locations: [1],
        weighted_locations: [{ location: 1, balanced_score: 9 }],
        anchor: { element: "p", id: "p-1", text: "", title: "¶ 1", location: 0 },
      },
      {
        title: "¶ 2",
        url: "/2022/#p-2",
        excerpt: "It <mark>has</mark> the",
        locations: [6, 8, 10],
        weighted_locations: [
          { location: 6, balanced_score: 9 },
          { location: 10, balanced_score: 1 },
        ],
        anchor: { element: "p", id: "p-2", text: "", title: "¶ 2", location: 5 },
      },
    ],
  };

  test("a passage whose only hits share a prefix with the query is dropped; marks fall on the query's words only", () => {
    const passages = passagesOf(page, 1, queryTerms("Hà Hanoi"));
    expect(passages.map((p) => p.title)).toEqual(["¶ 2"]);
    expect(passages[0]?.excerpt).toContain("<mark>Hanoi</mark>");
    expect(passages[0]?.excerpt).not.toContain("<mark>has</mark>");
    expect(holdsAll(passages[0] as Passage)).toBe(false);
  });

  test("a passage holding every word is a match", () => {
    const [passage] = passagesOf(page, 1, queryTerms("bamboo Hanoi"));
    expect(passage && holdsAll(passage)).toBe(true);
  });
});

describe("excerptAround", () => {
  test("shows the words where they stand together, marked and escaped, within the passage", () => {
    const page = "a b c <d> e f g h".split(" ");
    expect(excerptAround(page, [3, 4], 3, 2, 6)).toBe("c <mark>&lt;d&gt;</mark> <mark>e</mark> f");
  });
});

describe("headingTitle", () => {
  test("keeps a # that belongs to the heading's words", () => {
    expect(headingTitle("Goal #1 ")).toBe("Goal #1");
    expect(headingTitle("Results #")).toBe("Results");
  });
});

describe("rankPassages", () => {
  const query = "bridge connecting ASEAN";
  const found = (q: string, score = 1) => passagesOf(review("2021", q, score), 1, queryTerms(q));

  test("the paragraph where the words stand together comes before one where they are scattered", () => {
    // ¶ 2 holds the three words too, farther apart, and more of Pagefind's weight.
    const scattered = found(query, 1).map((p) => (p.title === "¶ 2" ? { ...p, score: 99 } : p));
    expect(rankPassages([scattered]).map((p) => p.title)).toEqual(["¶ 1", "¶ 2"]);
  });

  test("a quoted phrase keeps only the passages where its words stand in that order", () => {
    expect(rankPassages([found(query)], { phrase: true }).map((p) => p.title)).toEqual(["¶ 1"]);
  });

  test("keeps each passage once, from the spelling that found it best", () => {
    const weak = found(query, 1);
    const strong = found(query, 5).map((p) => ({ ...p, excerpt: "better" }));
    const ranked = rankPassages([weak, strong]);
    expect(ranked.filter((p) => p.title === "¶ 1")).toHaveLength(1);
    expect(ranked.find((p) => p.title === "¶ 1")?.excerpt).toBe("better");
  });
});

describe("counting and filtering by year", () => {
  const passages = rankPassages([passagesOf(review("2021", "ASEAN"), 1, queryTerms("ASEAN"))]);

  test("every listed year has a count, 0 where nothing matched", () => {
    expect([...countByYear(passages, ["2022", "2021"])]).toEqual([
      ["2022", 0],
      ["2021", 2],
    ]);
  });

  test("a year keeps only its passages; no year keeps all", () => {
    expect(inYear(passages, "2022")).toEqual([]);
    expect(inYear(passages, "")).toHaveLength(2);
  });

  test("describes the count in words", () => {
    expect(describeCount(passages)).toBe("2 passages in 2021");
    const other = passages.map((p) => ({ ...p, year: "2022" })).slice(0, 1);
    expect(describeCount([...passages, ...other])).toBe("3 passages in 2 years");
    expect(describeCount([])).toBe("No passage");
  });
});

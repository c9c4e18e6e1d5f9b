import { describe, expect, test } from "vitest";
import { findParts, PartOverrideError } from "../../../src/lib/compare/parts.ts";
import { partCell, spanOf } from "../../../src/lib/compare/part-cells.ts";
import { builtPairs, isBuiltPair, pairInPath, pairPath, readPairRequest } from "../../../src/lib/compare/pairs.ts";
import type { PartName } from "../../../src/lib/schema/review.ts";
import { realReview } from "../figures/real-reviews.ts";

const r2021 = await realReview(2021);
const r2022 = await realReview(2022);

describe("the rule finds the four parts of each review", () => {
  test("2021: world, results, lessons (a paragraph within the results section) and tasks", () => {
    const parts = findParts(r2021.text);
    expect(parts.world?.anchor).toBe("global-fast-and-complex-developments");
    expect(parts.results?.anchor).toBe("viet-nams-diplomatic-highlights-in-2021");
    expect(parts.results?.points.map((p) => p.title.split(",")[0])).toEqual([
      "Firstly",
      "Secondly",
      "Thirdly",
      "Fourthly",
    ]);
    expect(parts.tasks?.anchor).toBe(
      "building-viet-nams-comprehensive-and-modern-diplomacy-for-national-development-and-national-defense-in-the-new-period",
    );
    expect(parts.tasks?.points).toHaveLength(6);
    // Not the "lessons drawn from experience" of the fourth result (¶ 16): the last mention before the tasks.
    expect(parts.lessons?.anchor).toBe("p-19");
    expect(parts.lessons?.section.id).toBe("viet-nams-diplomatic-highlights-in-2021");
    expect(Object.values(parts).every((p) => p.foundBy === "rule")).toBe(true);
  });

  test("2022: the lessons are a paragraph and the numbered list after it, in the bamboo section", () => {
    const parts = findParts(r2022.text);
    expect(parts.world?.anchor).toBe("world-enters-new-phase");
    expect(parts.results?.anchor).toBe("vietnams-diplomacy-achieves-new-successes-with-significant-impacts");
    expect(parts.results?.points.map((p) => p.title.split(",")[0])).toEqual([
      "First",
      "Second",
      "Third",
      "Fourth",
      "Fifth",
    ]);
    expect(parts.lessons?.section.id).toBe("promoting-vietnamese-bamboo-diplomacy");
    expect(parts.lessons?.passages.map((p) => p.anchor)).toEqual(["p-19", "p-20", "p-21", "p-22", "p-23"]);
    expect(parts.tasks?.anchor).toBe(
      "continuing-to-build-a-pure-strong-professional-comprehensive-and-modern-diplomatic-sector",
    );
    expect(parts.tasks?.points).toHaveLength(4);
  });

  test("a review with a single run of points has results and no tasks", () => {
    const [first, second] = r2022.text.sections;
    const text = { ...r2022.text, sections: [first, second].filter((s) => s !== undefined) };
    const parts = findParts(text);
    expect(parts.results?.anchor).toBe(second?.id);
    expect(parts.tasks).toBeUndefined();
  });

  test("frontmatter parts override the rule with a section, a point or a paragraph", () => {
    const parts = findParts(r2021.text, { lessons: "p-28", world: "viet-nams-diplomatic-highlights-in-2021" });
    expect(parts.lessons?.anchor).toBe("p-28");
    expect(parts.lessons?.foundBy).toBe("frontmatter");
    expect(parts.world?.anchor).toBe("viet-nams-diplomatic-highlights-in-2021");
    const point = findParts(r2022.text, {
      tasks: "fourth-build-a-truly-clean-strong-professional-comprehensive-and-modern-diplomatic-sector",
    });
    expect(point.tasks?.points).toHaveLength(1);
    expect(point.tasks?.passages.map((p) => p.anchor)).toContain("p-31");
  });

  test("an override naming nothing on the page is refused, naming the file and the part", () => {
    const check = () => findParts(r2021.text, { lessons: "no-such-id" }, "content/reviews/2021.md");
    expect(check).toThrow(PartOverrideError);
    expect(check).toThrow(/content\/reviews\/2021\.md: parts\.lessons names "no-such-id"/);
  });
});

/** The cell of a part the rule must find. */
function cellOf(review: typeof r2021, name: PartName) {
  const part = findParts(review.text)[name];
  if (!part) throw new Error(`${review.year} has no ${name}`);
  return partCell(part);
}

describe("what a compare cell shows", () => {
  test("the world: the section's first sentence, quoted, with its paragraph", () => {
    const cell = cellOf(r2022, "world");
    expect(cell.intro?.text).toBe(
      "Looking back at 2022, the world experienced significant, complex, and unprecedented developments.",
    );
    expect(cell.intro?.anchor).toBe("p-1");
    expect(cell.span?.label).toBe("¶ 1–5");
  });

  test("results and tasks: each point by its lead sentence only, linked by its id", () => {
    const cell = cellOf(r2021, "results");
    expect(cell.entries[2]).toEqual({
      text: "Thirdly, strengthening the country's international position and prestige.",
      anchor: "thirdly-strengthening-the-countrys-international-position-and-prestige",
    });
  });

  test("2021's lessons are the sentences after the one announcing them; 2022's are its numbered list", () => {
    const c2021 = cellOf(r2021, "lessons");
    expect(c2021.intro?.text).toMatch(/^Moreover, these diplomatic achievements enrich and highlight valuable lessons/);
    expect(c2021.entries.map((e) => e.text.split(" ").slice(0, 3).join(" "))).toEqual([
      "To begin with,",
      "Besides, the policy",
      "In addition, it",
      "Furthermore, there should",
      "Diplomacy needs to",
      "Last but not",
    ]);
    expect(c2021.entries.every((e) => e.anchor === "p-19")).toBe(true);
    expect(c2021.wholeSection).toBe(false);
    const c2022 = cellOf(r2022, "lessons");
    expect(c2022.entries.map((e) => e.anchor)).toEqual(["p-20", "p-21", "p-22", "p-23"]);
    expect(c2022.entries.every((e) => e.text.length <= 260)).toBe(true);
  });

  test("a span counts paragraphs only", () => {
    expect(spanOf([])).toBeUndefined();
  });
});

describe("pairs of years", () => {
  test("only each year with the next is built, older first, newest pair first: n - 1 pages for n years", () => {
    expect(builtPairs([2022, 2021])).toEqual([[2021, 2022]]);
    expect(builtPairs([2021, 2030, 2022, 2022])).toEqual([
      [2022, 2030],
      [2021, 2022],
    ]);
    expect(builtPairs([2021])).toEqual([]);
    const century = Array.from({ length: 100 }, (_, i) => 2000 + i);
    expect(builtPairs(century)).toHaveLength(99);
    expect(isBuiltPair([2021, 2022], [2021, 2022, 2030])).toBe(true);
    expect(isBuiltPair([2021, 2030], [2021, 2022, 2030])).toBe(false);
  });

  test("a pair's address sits below the base path, and is read back from a path", () => {
    expect(pairPath([2021, 2022])).toBe("/compare/2021/2022/");
    expect(pairPath([2021, 2022], "/x/")).toBe("/x/compare/2021/2022/");
    expect(pairPath([2021, 2022], "/x")).toBe("/x/compare/2021/2022/");
    expect(pairInPath("/compare/2030/2021/")).toEqual({ a: "2030", b: "2021" });
    expect(pairInPath("/x/compare/2021/2030")).toBeUndefined();
    expect(pairInPath("/x/compare/2021/2030", "/x/")).toEqual({ a: "2021", b: "2030" });
    expect(pairInPath("/compare/2021/")).toBeUndefined();
    expect(pairInPath("/compare/2021/2030/extra/")).toBeUndefined();
  });

  test("a request reads ?a=&b= in either order, and reports what it cannot compare", () => {
    const years = [2021, 2022];
    expect(readPairRequest("?a=2022&b=2021", years)).toEqual({ kind: "pair", pair: [2021, 2022] });
    expect(readPairRequest("", years)).toEqual({ kind: "none" });
    expect(readPairRequest("?a=2021&b=2021", years)).toEqual({ kind: "same", year: 2021 });
    expect(readPairRequest("?a=2019&b=2022", years)).toEqual({ kind: "unknown", values: ["2019"] });
    expect(readPairRequest("?a=<script>&b=2022", years)).toEqual({ kind: "unknown", values: ["<script>"] });
  });
});

describe("the compare table's HTML", () => {
  test("escapes the reviews' words and puts its links below the base path", async () => {
    const { compareTableHtml } = await import("../../../src/lib/compare/compare-table-html.ts");
    const column = (year: number) => ({
      year,
      title: `A <b>title</b> & "more" of ${year}`,
      issue: "No. 1",
      cells: { world: null, results: null, lessons: null, tasks: null },
      figures: [{ label: "Trade", value: "more than 5 €", anchor: "p-1" }],
    });
    const html = compareTableHtml(column(2021), column(2030), "/x/");
    expect(html).toContain("A &lt;b&gt;title&lt;/b&gt; &amp; &quot;more&quot; of 2030");
    expect(html).not.toContain("<b>");
    expect(html).toContain('href="/x/2030/#p-1"');
    expect(html.match(/The rule finds no such part/g)).toHaveLength(8);
  });
});

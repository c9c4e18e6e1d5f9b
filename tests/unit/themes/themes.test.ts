import { describe, expect, test } from "vitest";
import { THEMES, termLabel, themeBySlug, themeMatches, themesOf, type Theme } from "../../../src/lib/themes/themes.ts";
import { themeCounts, themePassages } from "../../../src/lib/themes/theme-passages.ts";
import { markedExcerpt } from "../../../src/lib/themes/marked-excerpt.ts";
import { realReview } from "../figures/real-reviews.ts";

const r2021 = await realReview(2021);
const r2022 = await realReview(2022);
const years = [
  { year: 2021, text: r2021.text },
  { year: 2022, text: r2022.text },
];
const theme = (slug: string): Theme => {
  const found = themeBySlug(slug);
  if (!found) throw new Error(`no theme ${slug}`);
  return found;
};
const anchors = (slug: string, year: number) =>
  themePassages(theme(slug), years)
    .filter((p) => p.year === year)
    .map((p) => p.passage.anchor);
const words = (slug: string, text: string) => themeMatches(text, theme(slug)).map(([a, b]) => text.slice(a, b));

describe("keyword rules", () => {
  test("match whole words only, ignoring case", () => {
    expect(words("united-nations", "the UN Charter, UNESCO and the UNCLOS")).toEqual(["UN", "UNESCO"]);
    expect(words("borders-and-the-sea", "the Sea, the seas, a seaport, UNCLOS")).toEqual(["Sea", "UNCLOS"]);
    expect(words("vaccine-and-health-diplomacy", "Vaccine diplomacy and vaccines; healthy")).toEqual([
      "Vaccine",
      "vaccines",
    ]);
  });

  test("Viet Nam and Vietnam are one name", () => {
    expect(words("citizen-protection", "overseas Vietnamese and overseas Viet Namese")).toHaveLength(2);
    expect(words("culture-and-external-information", "the image of Viet Nam and the image of Vietnam")).toHaveLength(2);
  });

  test("a term's words may be split by any whitespace or a hyphen", () => {
    expect(words("economic-diplomacy", "economic\ndiplomacy, free-trade agreements")).toEqual([
      "economic\ndiplomacy",
      "free-trade agreements",
    ]);
  });

  test("terms read plainly in a keyword list", () => {
    expect(termLabel("vaccines?")).toBe("vaccine(s)");
    expect(termLabel("Viet Namese (?:people|diaspora)")).toBe("Vietnamese people / diaspora");
  });
});

describe("themes in the real reviews", () => {
  test("every theme has passages in both years", () => {
    const counts = themeCounts(years);
    for (const t of THEMES) {
      expect(counts.get(t.slug)?.get(2021), `${t.slug} in 2021`).toBeGreaterThan(0);
      expect(counts.get(t.slug)?.get(2022), `${t.slug} in 2022`).toBeGreaterThan(0);
    }
  });

  test("vaccine diplomacy is 2021's second result (¶ 9), with its world-situation paragraph on the pandemic", () => {
    expect(anchors("vaccine-and-health-diplomacy", 2021)).toEqual(expect.arrayContaining(["p-2", "p-9"]));
  });

  test("bamboo diplomacy: in 2021's closing, and in 2022's lead, its section heading and its paragraphs", () => {
    expect(anchors("bamboo-diplomacy", 2021)).toEqual(["p-19", "p-28"]);
    expect(anchors("bamboo-diplomacy", 2022)).toEqual([
      "lead",
      "promoting-vietnamese-bamboo-diplomacy",
      "p-17",
      "p-18",
      "p-32",
    ]);
  });

  test("a point printed as a heading is found like one run into its paragraph (borders in 2022's first task)", () => {
    expect(anchors("borders-and-the-sea", 2022)).toContain(
      "first-continue-to-strengthen-the-favorable-foreign-relations-landscape-to-contribute-to-boosting-national-development-firmly-protecting-independence-sovereignty-and-territorial-integrity-and-maintaining-peace-and-stability",
    );
    expect(anchors("borders-and-the-sea", 2021)).toEqual(expect.arrayContaining(["p-8", "p-22"]));
  });

  test("citizen protection: the 120,000 brought home (2021) and the evacuation from Ukraine (2022)", () => {
    expect(anchors("citizen-protection", 2021)).toContain("p-15");
    expect(anchors("citizen-protection", 2022)).toContain("p-15");
  });

  test("ASEAN and the United Nations, including the notes", () => {
    expect(anchors("asean", 2022)).toEqual(["p-7", "p-28"]);
    expect(anchors("united-nations", 2021)).toContain("note-1");
  });

  test("themesOf lists a passage's themes in the documented order", () => {
    const p9 = r2021.text.passages.find((p) => p.anchor === "p-9")?.text ?? "";
    expect(themesOf(p9).map((t) => t.slug)).toEqual(["vaccine-and-health-diplomacy", "economic-diplomacy"]);
  });
});

describe("marked excerpts", () => {
  test("show the sentence of the first keyword, marked, cut with an ellipsis where the passage goes on", () => {
    const p11 = r2021.text.passages.find((p) => p.anchor === "p-11")?.text ?? "";
    const excerpt = markedExcerpt(p11, (t) => themeMatches(t, theme("united-nations")));
    const marked = excerpt.segments.filter((s) => s.marked).map((s) => s.text);
    // "United Nations Security Council" is one marked run, not two with a gap.
    expect(marked).toEqual(["United Nations", "United Nations Security Council"]);
    expect(excerpt.segments.map((s) => s.text).join("")).toContain("bridge connecting ASEAN and the United Nations");
    expect(excerpt.cutBefore).toBe(true);
  });

  test("a long sentence is cut to a window around its keyword", () => {
    const long = `${"word ".repeat(200)}bamboo ${"word ".repeat(200)}.`;
    const excerpt = markedExcerpt(long, (t) => themeMatches(t, theme("bamboo-diplomacy")), 120);
    const text = excerpt.segments.map((s) => s.text).join("");
    expect(text.length).toBeLessThanOrEqual(120);
    expect(excerpt.segments.some((s) => s.marked && s.text === "bamboo")).toBe(true);
    expect([excerpt.cutBefore, excerpt.cutAfter]).toEqual([true, true]);
  });
});

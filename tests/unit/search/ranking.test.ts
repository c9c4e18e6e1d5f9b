import { describe, expect, test } from "vitest";
import { closeness, queryTerms } from "../../../src/scripts/search/ranking.ts";

const words = "Viet Nam built a bridge connecting ASEAN and the bridge to ASEAN was connecting".split(" ");
const at = (...indexes: number[]) => indexes;

describe("closeness", () => {
  const terms = queryTerms("bridge connecting ASEAN");

  test("words side by side in the query's order are a phrase", () => {
    expect(closeness(terms, at(4, 5, 6), words)).toEqual({ coverage: 3, missing: 0, tier: 2, exact: 3, at: 4 });
  });

  test("the same words in another order, within a few places, are together but no phrase", () => {
    expect(closeness(terms, at(9, 11, 13), words)).toEqual({ coverage: 3, missing: 0, tier: 1, exact: 3, at: 9 });
  });

  test("words far apart are scattered; a missing word lowers the coverage", () => {
    const far = [...words.slice(0, 5), ...Array<string>(20).fill("filler"), "connecting", "ASEAN"];
    expect(closeness(terms, at(4, 25, 26), far)).toMatchObject({ coverage: 3, tier: 0 });
    expect(closeness(terms, at(4, 6), words)).toMatchObject({ coverage: 2, missing: 1, tier: 0 });
  });

  test("a hit on another form of the word counts (Pagefind finds stems and prefixes)", () => {
    const forms = "vaccines coverage".split(" ");
    expect(closeness(queryTerms("vaccine coverage"), at(0, 1), forms)).toMatchObject({ coverage: 2, tier: 2 });
  });

  test("a word sharing only its first letters is no hit: “had”, “has” do not hold “Hà”, nor “build” “Bui”", () => {
    const page = "Viet Nam had has build than Hanoi".split(" ");
    expect(closeness(queryTerms("Hà Nội"), at(2, 3), page)).toMatchObject({ coverage: 0, missing: 2 });
    expect(closeness(queryTerms("Bui Thanh Son"), at(4, 5), page)).toMatchObject({ coverage: 0, missing: 3 });
  });

  test("a passage holding one of two words holds some, not all: it is not a match", () => {
    const page = "the bamboo diplomacy".split(" ");
    expect(closeness(queryTerms("quantum bamboo"), at(1), page)).toMatchObject({ coverage: 1, missing: 1, tier: 0 });
  });

  test("quotes and case do not matter to the terms", () => {
    expect(queryTerms("“Net Zero”")).toEqual(["net", "zero"]);
  });
});

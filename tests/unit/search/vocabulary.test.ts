import { describe, expect, test } from "vitest";
import { buildVocabulary, editDistance, parseVocabulary, suggestQuery } from "../../../src/lib/search/vocabulary.ts";

describe("buildVocabulary", () => {
  test("lists each word once, the most frequent first, ties alphabetically, without short words or numbers", () => {
    const file = buildVocabulary(["The vaccine, the vaccines; COVID-19 in 2021.", "Vaccine diplomacy of the year"]);
    expect(parseVocabulary(file)).toEqual(["the", "vaccine", "diplomacy", "vaccines", "year"]);
    expect(file.endsWith("\n")).toBe(true);
  });

  test("the same texts give the same bytes", () => {
    expect(buildVocabulary(["b a c", "c b"])).toBe(buildVocabulary(["b a c", "c b"]));
  });
});

describe("editDistance", () => {
  test("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    expect(editDistance("vacine", "vaccine", 2)).toBe(1);
    expect(editDistance("vaccnie", "vaccine", 2)).toBe(1);
    expect(editDistance("aseam", "asean", 2)).toBe(1);
    expect(editDistance("diplomcy", "diplomacy", 2)).toBe(1);
    expect(editDistance("xyzzy", "vaccine", 2)).toBe(3);
  });
});

describe("suggestQuery", () => {
  const vocabulary = ["the", "vaccine", "diplomacy", "vaccines", "asean", "bamboo"];

  test("offers the nearest known word for an unknown one, the more frequent on a tie", () => {
    expect(suggestQuery("vacine", vocabulary)).toBe("vaccine");
    expect(suggestQuery("vaccine diplomcy", vocabulary)).toBe("vaccine diplomacy");
  });

  test("offers nothing when every word is known or none is close", () => {
    expect(suggestQuery("bamboo", vocabulary)).toBeUndefined();
    expect(suggestQuery("xyzzy", vocabulary)).toBeUndefined();
  });
});

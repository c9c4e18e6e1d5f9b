import { describe, expect, test } from "vitest";
import {
  cleanHighlightUrl,
  isPhrase,
  quotedQuery,
  readSearchState,
  searchStateQuery,
  spellingVariants,
} from "../../../src/scripts/search/query.ts";

describe("spellingVariants", () => {
  test("a query naming the country is also asked in the other spelling", () => {
    expect(spellingVariants("Vietnam")).toEqual(["Vietnam", "Viet Nam"]);
    expect(spellingVariants("viet nam diplomacy")).toEqual(["viet nam diplomacy", "Vietnam diplomacy"]);
  });

  test("a quoted phrase keeps its quotes in both spellings", () => {
    expect(spellingVariants('"Viet Nam’s"')).toEqual(['"Viet Nam’s"', '"Vietnam’s"']);
  });

  test("other words, and words that only begin alike, are asked once", () => {
    expect(spellingVariants("bamboo")).toEqual(["bamboo"]);
    expect(spellingVariants("Vietnamese")).toEqual(["Vietnamese"]);
    expect(spellingVariants("   ")).toEqual([]);
  });

  test("gives the same answer when called again (no regex state carried over)", () => {
    expect(spellingVariants("Vietnam")).toEqual(spellingVariants("Vietnam"));
    expect(spellingVariants("Viet Nam")).toEqual(spellingVariants("Viet Nam"));
  });
});

describe("isPhrase", () => {
  test("only a query wholly in double quotes is a phrase", () => {
    expect(isPhrase('"economic diplomacy"')).toBe(true);
    expect(isPhrase("economic diplomacy")).toBe(false);
    expect(isPhrase('"economic" diplomacy')).toBe(false);
  });
});

describe("quotedQuery", () => {
  test("a status line quotes the words once: a phrase's straight quotes give way to the curly ones", () => {
    expect(quotedQuery('"economic diplomacy"')).toBe("“economic diplomacy”");
    expect(quotedQuery(' " economic diplomacy " ')).toBe("“economic diplomacy”");
    expect(quotedQuery("economic diplomacy")).toBe("“economic diplomacy”");
    expect(quotedQuery('"economic" diplomacy')).toBe('“"economic" diplomacy”');
  });
});

describe("cleanHighlightUrl", () => {
  test("drops a phrase's quotes from the highlight terms, keeping path and anchor", () => {
    expect(cleanHighlightUrl("/2022/?highlight=%22economic&highlight=diplomacy%22#second")).toBe(
      "/2022/?highlight=economic&highlight=diplomacy#second",
    );
  });

  test("leaves a plain result URL as it is", () => {
    expect(cleanHighlightUrl("/2021/?highlight=bamboo#results")).toBe("/2021/?highlight=bamboo#results");
    expect(cleanHighlightUrl("/2021/")).toBe("/2021/");
  });
});

describe("the search page's URL state", () => {
  test("reads the query and the year, and writes them back in the same form", () => {
    const state = readSearchState("?q=bamboo&year=2022");
    expect(state).toEqual({ query: "bamboo", year: "2022" });
    expect(searchStateQuery(state)).toBe("?q=bamboo&year=2022");
  });

  test("an empty state writes no query string", () => {
    expect(searchStateQuery(readSearchState(""))).toBe("");
  });
});

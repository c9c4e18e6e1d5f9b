import { describe, expect, test } from "vitest";
import { NameMatcher, type Named } from "../../../src/lib/name-index/name-matcher.ts";

const named = (forms: string[], caseInsensitive?: boolean): Named & { id: string } => ({
  id: forms[0] ?? "",
  forms,
  caseInsensitive,
});
const found = (matcher: NameMatcher<Named & { id: string }>, text: string) =>
  matcher.matches(text).map((m) => [m.named.id, text.slice(m.start, m.end)]);

describe("NameMatcher", () => {
  const un = named(["United Nations", "UN"]);
  const council = named(["UN Human Rights Council"]);
  const vietNam = named(["Viet Nam"]);
  const ftas = named(["free trade agreements", "FTAs"], true);
  const party = named(["Party"]);
  const matcher = new NameMatcher([un, council, vietNam, ftas, party]);

  test("the longest form wins: “UN Human Rights Council” is the council's mention, not also a bare UN", () => {
    expect(found(matcher, "elected to the UN Human Rights Council, a UN body")).toEqual([
      ["UN Human Rights Council", "UN Human Rights Council"],
      ["United Nations", "UN"],
    ]);
  });

  test("whole words only: UN is not found in UNESCO, nor Party in parties", () => {
    expect(found(matcher, "UNESCO and the political parties, UNs")).toEqual([]);
  });

  test("“Viet Nam” finds both spellings the reviews print, and possessives", () => {
    expect(found(matcher, "Viet Nam’s diplomacy; Vietnam's GDP; Vietnamese people")).toEqual([
      ["Viet Nam", "Viet Nam"],
      ["Viet Nam", "Vietnam"],
    ]);
  });

  test("case is kept unless the entry says otherwise", () => {
    expect(found(matcher, "the party and the Party; Free Trade Agreements and free trade agreements")).toEqual([
      ["Party", "Party"],
      ["free trade agreements", "Free Trade Agreements"],
      ["free trade agreements", "free trade agreements"],
    ]);
  });

  test("“X (Y)” naming one thing twice is one mention, marked whole", () => {
    expect(found(matcher, "take advantage of free trade agreements (FTAs) to export")).toEqual([
      ["free trade agreements", "free trade agreements (FTAs)"],
    ]);
  });

  test("a space in a form matches any run of whitespace, a no-break space too", () => {
    expect(found(matcher, "the United\u00a0Nations and the United  Nations")).toHaveLength(2);
  });
});

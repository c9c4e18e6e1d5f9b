import { describe, expect, it } from "vitest";
import { ImportError, decodeArticleBytes, importArticle, type ImportOptions } from "../../../src/lib/importer/index.ts";
import { readSource } from "./sources.ts";
import { syntheticArticle, type SyntheticOptions } from "./synthetic-article.ts";

/** The ImportError the importer raises for a text, or a failure if it raises none. */
function refusal(text: string, options: Partial<ImportOptions> = {}): ImportError {
  try {
    importArticle(text, { file: "article.txt", ...options });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the article was imported, but it should have been refused");
}

function syntheticRefusal(edits: SyntheticOptions): ImportError {
  return refusal(syntheticArticle(edits));
}

describe("refused articles", () => {
  it("an empty file is refused at line 1", () => {
    for (const text of ["", "\uFEFF", "\n \n\u00a0\n"]) {
      expect(refusal(text)).toMatchObject({ file: "article.txt", line: 1, message: "the file is empty" });
    }
  });

  it("a file that is not UTF-8 is refused, naming the line of the first bad byte", () => {
    const bytes = new TextEncoder().encode(syntheticArticle());
    const lineStart = syntheticArticle().split("\n").slice(0, 12).join("\n").length + 1;
    const latin1 = new Uint8Array([
      ...bytes.subarray(0, lineStart),
      0x56,
      0x69,
      0xea,
      0x74,
      ...bytes.subarray(lineStart),
    ]);
    let caught: unknown;
    try {
      decodeArticleBytes(latin1, "latin1.txt");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect(caught).toMatchObject({ file: "latin1.txt", line: 13, message: "the file is not valid UTF-8" });
    expect(decodeArticleBytes(bytes, "ok.txt")).toBe(syntheticArticle());
  });

  it("an article without a title line is refused at its first line", () => {
    expect(syntheticRefusal({ dropLines: [1, 2] })).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^no title/),
    });
    const withoutTitle = readSource(2021).split("\n").slice(2).join("\n");
    expect(refusal(withoutTitle)).toMatchObject({ line: 1, message: expect.stringMatching(/^no title/) });
  });

  it("a title without a year is refused at the title, the hint naming --year", () => {
    const error = syntheticRefusal({ replaceLines: { 1: "A synthetic review of diplomacy" } });
    expect(error).toMatchObject({ line: 1, message: expect.stringMatching(/no year in the title/) });
    expect(error.hint).toContain("--year");
  });

  it("a missing role line is refused where the role was expected", () => {
    expect(syntheticRefusal({ dropLines: [4] })).toMatchObject({
      line: 4,
      message: "expected the author's role line here",
    });
    const withoutRole = readSource(2021)
      .split("\n")
      .filter((_, index) => index !== 2)
      .join("\n");
    expect(refusal(withoutRole)).toMatchObject({ line: 3, message: "expected the author's role line here" });
  });

  it("a missing or malformed date line is refused where the date was expected", () => {
    const missing = syntheticRefusal({ dropLines: [5] });
    expect(missing).toMatchObject({ line: 6, message: "expected the online date line here" });
    expect(missing.hint).toContain("Wednesday, July 20, 2022 08:20");
    expect(syntheticRefusal({ replaceLines: { 5: "Tuesday, February 30, 2032 09:05" } })).toMatchObject({ line: 5 });
  });

  it("a missing lead is refused where the lead was expected", () => {
    const error = syntheticRefusal({ replaceLines: { 7: "2031 was a synthetic year." } });
    expect(error).toMatchObject({ line: 7, message: "expected the lead paragraph here" });
    expect(error.hint).toContain("Communist Review - ");
  });

  it("a missing closing line is refused after the last line, a malformed one at its line", () => {
    expect(syntheticRefusal({ dropLines: [57] })).toMatchObject({
      line: 57,
      message: "expected the closing line naming the print issue here",
    });
    const malformed = syntheticRefusal({
      replaceLines: { 57: "This article was published in the Communist Review (March 2032)" },
    });
    expect(malformed).toMatchObject({ line: 57, message: "the closing line does not name the issue number and month" });
  });

  it("a marker with no note is refused, naming its line", () => {
    expect(syntheticRefusal({ dropLines: [54] })).toMatchObject({ line: 29, message: "the marker (4) has no note" });
    const spaced = syntheticRefusal({ replaceLines: { 43: "2023 is a pivotal year (7)." } });
    expect(spaced).toMatchObject({ line: 43, message: "the marker (7) has no note" });
  });

  it("a note that no marker cites is refused, naming its line", () => {
    const error = syntheticRefusal({ replaceLines: { 56: "(6) A note nobody cites." } });
    expect(error).toMatchObject({ line: 56, message: "no marker in the text cites note (6)" });
  });

  it("two notes with one number are refused at the second", () => {
    const error = syntheticRefusal({ replaceLines: { 52: "(2) A third note." } });
    expect(error).toMatchObject({ line: 52, message: "two notes are numbered (2)" });
    expect(error.hint).toContain("line 50");
  });

  it("an invalid --year is refused by the schema, naming the field", () => {
    expect(refusal(syntheticArticle(), { year: 1800 })).toMatchObject({
      line: 1,
      message: expect.stringContaining("year"),
    });
  });

  it("prints as file:line: message (hint)", () => {
    const error = new ImportError({ file: "a.txt", line: 3 }, "something is wrong", "do this");
    expect(error.format()).toBe("a.txt:3: something is wrong (do this)");
  });
});

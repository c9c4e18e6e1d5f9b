import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT, SOURCE_FILES } from "./sources.ts";
import { SYNTHETIC_NAME_FLAGS, syntheticArticle, type SyntheticOptions } from "./synthetic-article.ts";

const CLI = path.join(PROJECT_ROOT, "scripts", "import.ts");
let workDir = "";
let outDir = "";

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
  outDir = path.join(workDir, "out", "reviews");
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs `node scripts/import.ts` from the work dir, as a user would. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: workDir, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeArticle(name: string, content: string | Uint8Array): string {
  writeFileSync(path.join(workDir, name), content);
  return name;
}

function filesIn(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

describe("npm run import", { timeout: 30_000 }, () => {
  it("writes <out>/<year>.md, creating the directory, and prints the path", () => {
    const result = runImport(
      path.join(PROJECT_ROOT, SOURCE_FILES[2021]),
      "--out",
      "out/reviews",
      "--author-name",
      "Bùi Thanh Sơn",
      "--author-family",
      "Bùi",
      "--author-given",
      "Thanh Sơn",
    );
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout).toBe(`${path.join("out", "reviews", "2021.md")}\n`);
    expect(filesIn(outDir)).toEqual(["2021.md"]);
    const markdown = readFileSync(path.join(outDir, "2021.md"), "utf8");
    expect(markdown).toContain("\n  name: Bùi Thanh Sơn\n  family: Bùi\n  given: Thanh Sơn\n  nameIsEditorial: true\n");
    expect(markdown).toContain("\n  file: content/sources/2021-communist-review-984.txt\n");
  });

  it("records only the basename of a source outside the project, and takes --year and --url", () => {
    const name = writeArticle("article.txt", syntheticArticle({ replaceLines: { 1: "A synthetic review" } }));
    const result = runImport(
      name,
      "--out",
      "out/reviews",
      "--year",
      "2030",
      "--url",
      "https://example.org/a",
      ...SYNTHETIC_NAME_FLAGS,
    );
    expect(result.status).toBe(0);
    const markdown = readFileSync(path.join(outDir, "2030.md"), "utf8");
    expect(markdown).toContain("\n  url: https://example.org/a\n  file: article.txt\n");
  });

  it("refuses to replace an existing review unless --force, leaving it unchanged", () => {
    const name = writeArticle("article.txt", syntheticArticle());
    expect(runImport(name, "--out", "out/reviews", ...SYNTHETIC_NAME_FLAGS).status).toBe(0);
    const target = path.join(outDir, "2031.md");
    writeFileSync(target, "edited by hand\n");

    const refused = runImport(name, "--out", "out/reviews", ...SYNTHETIC_NAME_FLAGS);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `${path.join("out", "reviews", "2031.md")}:1: the review for 2031 already exists (pass --force to replace it)\n`,
    );
    expect(readFileSync(target, "utf8")).toBe("edited by hand\n");

    expect(runImport(name, "--out", "out/reviews", "--force", ...SYNTHETIC_NAME_FLAGS).status).toBe(0);
    expect(readFileSync(target, "utf8")).toMatch(/^---\ntitle: /);
    expect(filesIn(outDir)).toEqual(["2031.md"]);
  });

  it("writes byte-identical files when run twice", () => {
    const source = path.join(PROJECT_ROOT, SOURCE_FILES[2022]);
    runImport(source, "--out", "first");
    runImport(source, "--out", "second");
    expect(readFileSync(path.join(workDir, "second", "2022.md"))).toEqual(
      readFileSync(path.join(workDir, "first", "2022.md")),
    );
  });

  const badArticles: [string, string | Uint8Array, RegExp][] = [
    ["an empty file", "", /^empty\.txt:1: the file is empty \(/],
    [
      "a file that is not UTF-8",
      new Uint8Array([...new TextEncoder().encode("Title 2031\n\nRole\n"), 0xff, 0x0a]),
      /^bad\.txt:4: the file is not valid UTF-8 \(/,
    ],
    ["an article without a title", syntheticArticle({ dropLines: [1, 2] }), /^bad\.txt:1: no title/],
    [
      "a title without a year",
      syntheticArticle({ replaceLines: { 1: "A review" } }),
      /^bad\.txt:1: no year in the title .*--year/,
    ],
    [
      "a missing role line",
      syntheticArticle({ dropLines: [4] }),
      /^bad\.txt:4: expected the author's role line here \(/,
    ],
    ["a missing date line", syntheticArticle({ dropLines: [5] }), /^bad\.txt:6: expected the online date line here \(/],
    ["a missing closing line", syntheticArticle({ dropLines: [57] }), /^bad\.txt:57: expected the closing line/],
    ["a marker with no note", syntheticArticle({ dropLines: [54] }), /^bad\.txt:29: the marker \(4\) has no note \(/],
    [
      "a note no marker cites",
      syntheticArticle({ replaceLines: { 56: "(6) Uncited." } }),
      /^bad\.txt:56: no marker in the text cites note \(6\) \(/,
    ],
    [
      "two notes with one number",
      syntheticArticle({ replaceLines: { 52: "(2) Again." } }),
      /^bad\.txt:52: two notes are numbered \(2\) \(/,
    ],
  ];

  it.each(badArticles)("refuses %s with file:line: message (hint), exit 1, writing nothing", (_, content, expected) => {
    const name = writeArticle(content === "" ? "empty.txt" : "bad.txt", content);
    const result = runImport(name, "--out", "out/reviews");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).toMatch(/\)\n$/);
    expect(filesIn(outDir)).toEqual([]);
  });

  it("accepts CRLF line ends and a BOM, writing what LF gives", () => {
    const options: SyntheticOptions = { lineEnding: "\r\n", bom: true };
    runImport(writeArticle("crlf.txt", syntheticArticle(options)), "--out", "crlf", ...SYNTHETIC_NAME_FLAGS);
    runImport(writeArticle("crlf.txt", syntheticArticle()), "--out", "lf", ...SYNTHETIC_NAME_FLAGS);
    expect(readFileSync(path.join(workDir, "crlf", "2031.md"), "utf8")).toBe(
      readFileSync(path.join(workDir, "lf", "2031.md"), "utf8"),
    );
  });

  it("answers a usage mistake with the usage and exit 2", () => {
    expect(runImport()).toMatchObject({ status: 2, stderr: expect.stringContaining("usage: npm run import") });
    expect(runImport("a.txt", "--bogus").status).toBe(2);
    expect(runImport("a.txt", "--year", "twenty").status).toBe(2);
  });

  it("refuses a file it cannot read, writing nothing", () => {
    const result = runImport("missing.txt", "--out", "out/reviews");
    expect(result).toMatchObject({
      status: 1,
      stderr: "missing.txt:1: cannot read the file (ENOENT) (check the path)\n",
    });
    expect(filesIn(outDir)).toEqual([]);
  });
});

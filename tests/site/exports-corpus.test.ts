import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSiteIn } from "../support/build-in-folder.ts";
import { epubCheck, jingErrors, TEI_ALL, teiSchemaPresent } from "../support/export-checkers.ts";
import { epubFiles } from "../support/export-words.ts";

/**
 * The exports of a corpus of three years: the two reviews and the held-in synthetic year
 * (tests/fixtures/reviews/2099.md: a declared correction, a note with a link, raw HTML that must
 * not pass), built with the real build into a temporary folder.
 */
const work = mkdtempSync(join(tmpdir(), "exports-corpus-"));
let dist = "";
beforeAll(() => {
  const reviews = join(work, "reviews");
  cpSync("content/reviews", reviews, { recursive: true });
  cpSync("tests/fixtures/reviews/2099.md", join(reviews, "2099.md"));
  const build = buildSiteIn(work, { REVIEWS_DIR: reviews });
  if (build.status !== 0) throw new Error(`The three-year build failed:\n${build.output.slice(-3000)}`);
  dist = build.dist;
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the exports of three years, one of them synthetic", () => {
  test.each(["2099.epub", "edition.epub"])(
    "EPUBCheck finds no error and no warning in %s",
    (name) => {
      const report = epubCheck(join(dist, name));
      expect(report.messages).toEqual([]);
      expect([report.nFatal, report.nError, report.nWarning]).toEqual([0, 0, 0]);
    },
    240_000,
  );

  test("the whole edition holds every year, oldest first, in its reading order", () => {
    const opf = strFromU8(
      epubFiles(readFileSync(join(dist, "edition.epub"))).get("EPUB/package.opf") ?? new Uint8Array(),
    );
    const spine = [...opf.matchAll(/<itemref idref="(review-\d{4})"/g)].map((m) => m[1]);
    expect(spine).toEqual(["review-2021", "review-2022", "review-2099"]);
  });

  test.skipIf(!teiSchemaPresent)(
    `jing finds the three TEI documents valid (skipped where ${TEI_ALL} is absent)`,
    () => {
      expect(jingErrors(["2021.xml", "2022.xml", "2099.xml"].map((f) => join(dist, f)))).toEqual([]);
    },
    120_000,
  );

  test("a declared correction is choice/sic/corr by the editors in TEI, and listed with its original in the EPUB", () => {
    const tei = readFileSync(join(dist, "2099.xml"), "utf8");
    expect(tei).toContain(
      '<p xml:id="p-4" n="4"><choice><sic>In corporation with</sic><corr resp="#editors">In cooperation with</corr></choice> the defense ministries',
    );
    expect(tei).toContain('<respStmt xml:id="editors">');
    const about = strFromU8(
      epubFiles(readFileSync(join(dist, "2099.epub"))).get("EPUB/text/about-2099.xhtml") ?? new Uint8Array(),
    );
    expect(about).toContain(
      '<a href="review-2099.xhtml#p-4">#p-4</a>: published “<del>In corporation with</del>”, now “In cooperation with”.',
    );
  });

  test("raw HTML of the Markdown reaches neither export", () => {
    const review = strFromU8(
      epubFiles(readFileSync(join(dist, "2099.epub"))).get("EPUB/text/review-2099.xhtml") ?? new Uint8Array(),
    );
    for (const text of [review, readFileSync(join(dist, "2099.xml"), "utf8")])
      expect(text).not.toMatch(/<script|alert\(/);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DIST } from "./built-pages.ts";
import { jingErrors, TEI_ALL, teiSchemaPresent } from "../support/export-checkers.ts";
import { teiReviewText } from "../support/export-words.ts";
import { correctedSource, firstDifference, sourceArticles, sourceTextWords, words } from "../support/source-words.ts";

const articles = sourceArticles();
const tei = (year: number) => readFileSync(join(DIST, `${year}.xml`), "utf8");

describe.skipIf(!teiSchemaPresent)(
  `TEI against tei_all (skipped where ${TEI_ALL} is absent: a clone without ../shared)`,
  () => {
    test("jing finds every review's TEI valid", () => {
      expect(jingErrors(articles.map((a) => join(DIST, `${a.year}.xml`)))).toEqual([]);
    }, 120_000);
  },
);
if (!teiSchemaPresent) console.warn(`tests/site/tei.test.ts: jing is not run, ${TEI_ALL} is absent`);

describe.each(articles)("the TEI of $year ($file)", ({ year, text: source }) => {
  test("holds every word of the source in order, each note at its reference's place, and no other", () => {
    const { text, notes } = teiReviewText(tei(year));
    const actual = words([text, ...notes.map((note) => note.text)].join("\n"));
    const expected = sourceTextWords(correctedSource(year, source));
    expect(firstDifference(expected, actual)).toBeUndefined();
    expect(actual.length).toBe(expected.length);
    expect(notes.map((note) => note.n)).toEqual(notes.map((_, i) => String(i + 1)));
  });

  test("gives sections, points, paragraphs, captions and notes the site's anchors as xml:id", () => {
    const ids = new Set([...tei(year).matchAll(/ xml:id="([^"]+)"/g)].map((m) => m[1]));
    const anchors = (JSON.parse(readFileSync(`content/anchors/${year}.json`, "utf8")) as { ids: string[] }).ids;
    // A note stands at its reference in TEI: the reference has no place of its own, nor the page's list of notes.
    const inTei = anchors.filter((id) => !/^note-ref-\d+$/.test(id) && id !== "notes" && id !== "notes-heading");
    expect(inTei.filter((id) => !ids.has(id))).toEqual([]);
    expect(inTei.length).toBeGreaterThan(20);
  });

  test("names the edition's URN and the Communist Review issue in its header", () => {
    const xml = tei(year);
    expect(xml).toMatch(/<idno type="URN">urn:uuid:[0-9a-f-]{36}<\/idno>/);
    expect(xml).toMatch(/<title level="j">Communist Review<\/title>\s*<imprint>\s*<biblScope unit="issue" n="\d+">/);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { DIST } from "./built-pages.ts";
import { epubCheck } from "../support/export-checkers.ts";
import { epubFiles, epubReviewText } from "../support/export-words.ts";
import { correctedSource, firstDifference, sourceArticles, sourceTextWords, words } from "../support/source-words.ts";

const articles = sourceArticles();
const years = articles.map((a) => a.year).sort();
const epub = (name: string) => readFileSync(join(DIST, name));
const text = (files: Map<string, Uint8Array>, path: string) => strFromU8(files.get(path) ?? new Uint8Array());
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["dc:creator", "dc:source", "meta", "item"].includes(name),
});

/** The URNs are minted once and never change: cited and catalogued, so pinned here (RFC 9562 v5, computed apart). */
const URNS: Record<string, string> = {
  "2021.epub": "urn:uuid:32c3e13e-2c9a-5f26-b758-99c79adbafe5",
  "2022.epub": "urn:uuid:4c42bb52-e94a-564c-8a5a-c17b6a6260b3",
  "edition.epub": "urn:uuid:cebf414c-7d4d-589f-947b-41e52e50a0ee",
};
const books = [...years.map((y) => `${y}.epub`), "edition.epub"];

describe.each(books)("%s", (name) => {
  test("EPUBCheck finds no error and no warning", () => {
    const report = epubCheck(join(DIST, name));
    expect(report.messages).toEqual([]);
    expect([report.nFatal, report.nError, report.nWarning]).toEqual([0, 0, 0]);
  }, 240_000);

  test("is an OCF container: `mimetype` first, stored uncompressed, with no extra field", () => {
    const bytes = epub(name);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.subarray(30, 38).toString("latin1")).toBe("mimetype");
    expect(bytes.subarray(38, 58).toString("latin1")).toBe("application/epub+zip");
  });

  test("names its URN as identifier, and its title, language, source and the edition's address", () => {
    const files = epubFiles(epub(name));
    const { package: opf } = xml.parse(text(files, "EPUB/package.opf")) as {
      package: { metadata: Record<string, unknown> & { meta: Record<string, string>[] } };
    };
    const meta = opf.metadata;
    expect(meta["dc:identifier"]).toMatchObject({ "#text": URNS[name] });
    expect(meta["dc:language"]).toBe("en");
    expect(meta["dc:creator"]).toEqual([{ "#text": "Bùi Thanh Sơn", "@_id": "creator-1" }]);
    expect(meta.meta).toContainEqual({ "#text": "Bùi, Thanh Sơn", "@_refines": "#creator-1", "@_property": "file-as" });
    const sources = meta["dc:source"] as string[];
    expect(sources.length).toBe(name === "edition.epub" ? years.length : 1);
    for (const source of sources)
      expect(source).toMatch(/^Communist Review No\. \d+ \([A-Z][a-z]+ \d{4}\), https:\/\//);
    expect(String(meta["dc:relation"])).toMatch(name === "edition.epub" ? /\/$/ : new RegExp(`/${name.slice(0, 4)}/$`));
    expect(String(meta["dc:date"])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe.each(articles)("the EPUBs of $year ($file)", ({ year, text: source }) => {
  const expected = sourceTextWords(correctedSource(year, source));
  for (const name of [`${year}.epub`, "edition.epub"]) {
    test(`${name} holds every word of the source in order, and no other`, () => {
      const review = text(epubFiles(epub(name)), `EPUB/text/review-${year}.xhtml`);
      const actual = words(epubReviewText(review));
      expect(firstDifference(expected, actual)).toBeUndefined();
      expect(actual.length).toBe(expected.length);
    });
  }

  test("keeps the site's anchors, and each note is an EPUB footnote its reference points to and that links back", () => {
    const review = text(epubFiles(epub(`${year}.epub`)), `EPUB/text/review-${year}.xhtml`);
    const ids = new Set([...review.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const anchors = (JSON.parse(readFileSync(`content/anchors/${year}.json`, "utf8")) as { ids: string[] }).ids;
    expect(anchors.filter((id) => !ids.has(id))).toEqual([]);
    const refs = [
      ...review.matchAll(
        /<a epub:type="noteref" role="doc-noteref" id="note-ref-(\d+)" href="#note-(\d+)">(\d+)<\/a>/g,
      ),
    ];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, ref, target, label] of refs) {
      expect([target, label]).toEqual([ref, ref]);
      expect(review).toContain(
        `<aside epub:type="footnote" role="doc-footnote" id="note-${ref}"><p><a class="apparatus note-number" href="#note-ref-${ref}" role="doc-backlink">${ref}.</a>`,
      );
    }
    expect(review.match(/<aside epub:type="footnote"/g)?.length).toBe(refs.length);
  });
});

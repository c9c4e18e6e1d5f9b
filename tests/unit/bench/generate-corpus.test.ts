import { describe, expect, it } from "vitest";
import { importArticle } from "../../../src/lib/importer/index.ts";
import {
  generateArticle,
  generateCorpus,
  SYNTHETIC_LEAD,
  SYNTHETIC_TITLE_PREFIX,
  syntheticYears,
} from "../../../bench/lib/synthetic/generate-corpus.ts";

const YEARS = syntheticYears(12);
const corpus = generateCorpus({ seed: 7, years: YEARS });

describe("the synthetic corpus", () => {
  it("gives the same bytes for the same seed, and other bytes for another seed", () => {
    expect(generateCorpus({ seed: 7, years: YEARS })).toEqual(corpus);
    expect(generateCorpus({ seed: 8, years: YEARS })[0]?.text).not.toBe(corpus[0]?.text);
  });

  it("makes an article depend on its year and the seed only, not on the years around it", () => {
    const alone = generateCorpus({ seed: 7, years: [YEARS[5] ?? 2030] })[0];
    expect(alone).toEqual(corpus[5]);
  });

  it("never uses the real years, and fits the years the importer reads", () => {
    const years = syntheticYears(98);
    expect(years).not.toContain(2021);
    expect(years).not.toContain(2022);
    expect(new Set(years).size).toBe(98);
    expect(years.every((year) => year >= 1945 && year <= 2099)).toBe(true);
  });

  it.each(corpus)(
    "$file imports through the real importer, and says it is synthetic",
    ({ year, file, text, author }) => {
      const names = author && { authorFamily: author.family, authorGiven: author.given };
      const review = importArticle(text, { file, sourceFile: file, ...names });
      expect(review.year).toBe(year);
      expect(review.frontmatter.title.startsWith(`${SYNTHETIC_TITLE_PREFIX} ${year}:`)).toBe(true);
      expect(review.frontmatter.lead.startsWith(SYNTHETIC_LEAD)).toBe(true);
      expect(review.frontmatter.captions.every((caption) => caption.text.includes("synthetic caption"))).toBe(true);
    },
  );

  it("writes articles the length of the real ones, with the publisher's apparatus", () => {
    for (const { text } of corpus) {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(2000);
      expect(words).toBeLessThan(4200);
      const notes = text.match(/^\(\d+\) Synthetic note/gm) ?? [];
      expect(notes.length).toBeGreaterThanOrEqual(2);
      expect(notes.length).toBeLessThanOrEqual(5);
      expect(text).toMatch(/^1\. .+\n\n2\. /m);
      expect(text).toMatch(/^(?:First|Second|Third)(?:ly)?, /m);
      expect(text).toMatch(/_Photo: ?V/);
      expect(text).toMatch(/Communist Review No\.\u00a0\d+\u00a0\([A-Z][a-z]+ \d{4}\)\n$/);
    }
  });

  it("varies between standalone and run-in ordinal points", () => {
    const texts = corpus.map(({ text }) => text);
    expect(texts.some((text) => /^First, [^\n]+\.\n\n/m.test(text))).toBe(true);
    expect(texts.every((text) => /^Firstly, /m.test(text))).toBe(true);
  });

  it("is a pure function of year and seed", () => {
    expect(generateArticle(2040, 123)).toEqual(generateArticle(2040, 123));
  });
});

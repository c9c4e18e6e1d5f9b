import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  decodeArticleBytes,
  importArticle,
  type ImportedReview,
  type ImportOptions,
} from "../../src/lib/importer/index.ts";
import { generateCorpus, syntheticYears } from "./synthetic/generate-corpus.ts";

/**
 * A folder of `<year>.md` reviews for one benchmark size: the real reviews (content/reviews as
 * is when present, else imported from content/sources) and, beyond two, synthetic years, all
 * imported through the real importer and timed.
 */
export interface PreparedCorpus {
  size: number;
  reviewsDir: string;
  years: number[];
  /** Milliseconds of `importArticle` for each article (fastest of the runs), real ones included. */
  importMs: number[];
  /** Where the real reviews came from. */
  realFrom: "content/reviews" | "imported from content/sources";
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES_DIR = path.join(PROJECT_ROOT, "content", "sources");
const REVIEWS_DIR = path.join(PROJECT_ROOT, "content", "reviews");

/** The fastest of `runs` imports of one article: other work on a shared machine only ever adds time. */
function timedImport(text: string, options: ImportOptions, runs: number): { review: ImportedReview; ms: number } {
  const times: number[] = [];
  let review: ImportedReview | undefined;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    review = importArticle(text, options);
    times.push(performance.now() - start);
  }
  if (review === undefined) throw new RangeError("runs must be at least 1");
  return { review, ms: Math.min(...times) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Imports the real articles a few times before timing, so the figures measure the importer and not the JIT warming up. */
export function warmUpImporter(): void {
  for (let round = 0; round < 5; round += 1) {
    for (const source of realSources()) importArticle(source.text, { file: source.file });
  }
}

function realSources(): { file: string; text: string }[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const file = path.join("content", "sources", name);
      return { file, text: decodeArticleBytes(readFileSync(path.join(SOURCES_DIR, name)), file) };
    });
}

export function prepareCorpus(size: number, workDir: string, seed: number, runs: number): PreparedCorpus {
  const reviewsDir = path.join(workDir, "reviews");
  const sourcesDir = path.join(workDir, "sources");
  mkdirSync(reviewsDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const importMs: number[] = [];
  const years: number[] = [];
  let copiedAll = true;

  const real = realSources().slice(0, size);
  for (const source of real) {
    const { review, ms } = timedImport(source.text, { file: source.file, sourceFile: source.file }, runs);
    importMs.push(ms);
    years.push(review.year);
    const committed = path.join(REVIEWS_DIR, `${review.year}.md`);
    if (existsSync(committed)) copyFileSync(committed, path.join(reviewsDir, `${review.year}.md`));
    else {
      copiedAll = false;
      writeFileSync(path.join(reviewsDir, `${review.year}.md`), review.markdown);
    }
  }

  const synthetic = generateCorpus({ seed, years: syntheticYears(size - real.length, years) });
  for (const article of synthetic) {
    writeFileSync(path.join(sourcesDir, article.file), article.text);
    const { review, ms } = timedImport(
      article.text,
      {
        file: article.file,
        sourceFile: article.file,
        year: article.year,
        ...(article.author && { authorFamily: article.author.family, authorGiven: article.author.given }),
      },
      runs,
    );
    importMs.push(ms);
    years.push(review.year);
    writeFileSync(path.join(reviewsDir, `${review.year}.md`), review.markdown);
  }
  return {
    size,
    reviewsDir,
    years: years.sort((a, b) => a - b),
    importMs,
    realFrom: copiedAll && real.length > 0 ? "content/reviews" : "imported from content/sources",
  };
}

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importArticle } from "../../../src/lib/importer/index.ts";
import { buildSiteIn } from "../../support/build-in-folder.ts";

/** The held-in article with characters the real reviews lack (a Vietnamese name, €, –, №). */
export const NEW_CHARACTERS_SOURCE = "tests/fixtures/sources/2030-new-characters.txt";

/**
 * Builds the real site from a corpus of the two reviews plus the held-in article, imported with the
 * real importer, into a temporary folder: three years, so one pair (2021 and 2030) is not
 * consecutive. Expensive (a whole build), so a test file builds it once and shares it.
 */
export function buildThreeYearCorpus(): { work: string; dist: string } {
  const work = mkdtempSync(join(tmpdir(), "three-years-"));
  const reviews = join(work, "reviews");
  cpSync("content/reviews", reviews, { recursive: true });
  const imported = importArticle(readFileSync(NEW_CHARACTERS_SOURCE, "utf8"), {
    file: NEW_CHARACTERS_SOURCE,
    authorName: "Test Author",
    authorFamily: "Author",
    authorGiven: "Test",
    url: "https://example.org/synthetic-2030",
    sourceFile: NEW_CHARACTERS_SOURCE,
  });
  writeFileSync(join(reviews, `${imported.year}.md`), imported.markdown);
  const build = buildSiteIn(work, { REVIEWS_DIR: reviews });
  if (build.status !== 0) throw new Error(`The three-year build failed:\n${build.output.slice(-3000)}`);
  const { dist } = build;
  return { work, dist };
}

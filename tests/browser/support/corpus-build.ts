import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { importArticle } from "../../../src/lib/importer/index.ts";

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
    url: "https://example.org/synthetic-2030",
    sourceFile: NEW_CHARACTERS_SOURCE,
  });
  writeFileSync(join(reviews, `${imported.year}.md`), imported.markdown);
  // Its own content cache, and run from the temporary folder so that Astro's prerender chunks go
  // beside its output, never into the project's .astro/ (Astro takes --config relative to --root).
  const config = join(work, "astro.config.mjs");
  writeFileSync(
    config,
    `import base from ${JSON.stringify(pathToFileURL(resolve("astro.config.mjs")).href)};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(join(work, "cache"))} };\n`,
  );
  symlinkSync(resolve("node_modules"), join(work, "node_modules"), "dir");
  const root = process.cwd();
  const dist = join(work, "out");
  // Astro's own entry on this Node, whatever `node` the PATH holds.
  const astro = [
    resolve("node_modules/astro/bin/astro.mjs"),
    "build",
    "--root",
    root,
    "--config",
    relative(root, config),
  ];
  const run = spawnSync(process.execPath, astro, {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, SITE_OUT_DIR: dist, REVIEWS_DIR: reviews, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (run.status !== 0) throw new Error(`The three-year build failed:\n${`${run.stdout}\n${run.stderr}`.slice(-3000)}`);
  return { work, dist };
}

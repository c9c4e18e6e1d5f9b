import { spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface FolderBuild {
  /** Astro's exit status: 0 when the build succeeded. */
  status: number | null;
  /** What the build printed, stdout then stderr. */
  output: string;
  /** Where the site was written: `work/out`. */
  dist: string;
}

/**
 * Builds the real site into `work/out` with the environment given (REVIEWS_DIR, SITE_URL, BASE_PATH …)
 * for a test that needs a build of its own. It has its own Astro cache and runs from `work`, so that
 * Astro's prerender chunks go beside its output, never into the project's dist/ or .astro/ while other
 * tests read them (Astro takes --config relative to --root). Paths in `env` must be absolute.
 */
export function buildSiteIn(work: string, env: Record<string, string>): FolderBuild {
  const dist = join(work, "out");
  const config = join(work, "astro.config.mjs");
  writeFileSync(
    config,
    `import base from ${JSON.stringify(pathToFileURL(resolve("astro.config.mjs")).href)};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(join(work, "cache"))} };\n`,
  );
  // The prerender chunks import the project's packages, found through this link.
  symlinkSync(resolve("node_modules"), join(work, "node_modules"), "dir");
  const root = process.cwd();
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
    env: { ...process.env, SITE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: "1", ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

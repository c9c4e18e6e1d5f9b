import { spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Where the second build says it is published: a host of its own, under a sub-path. */
export const SUB_PATH = "/sub-path-test/";
export const SUB_PATH_SITE_URL = "https://reviews.example.net";

/**
 * Builds the site a second time, as a user publishing under a sub-path would (SITE_URL and
 * BASE_PATH set, COMPRESS=1 for the pre-compressed files a server can send), into `work/out`.
 * Like the figures test's build: its own Astro cache and run from the temporary folder, so nothing
 * is written into the project's dist/ or .astro/ while other tests read them.
 */
export function buildUnderSubPath(work: string): string {
  const out = join(work, "out");
  const config = join(work, "astro.config.mjs");
  writeFileSync(
    config,
    `import base from ${JSON.stringify(pathToFileURL(resolve("astro.config.mjs")).href)};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(join(work, "cache"))} };\n`,
  );
  // The prerender chunks import the project's packages, found through this link.
  symlinkSync(resolve("node_modules"), join(work, "node_modules"), "dir");
  const root = process.cwd();
  const run = spawnSync(
    resolve("node_modules/.bin/astro"),
    ["build", "--root", root, "--config", relative(root, config)],
    {
      cwd: work,
      encoding: "utf8",
      env: {
        ...process.env,
        SITE_OUT_DIR: out,
        // Absolute, since the build runs from the temporary folder.
        REVIEWS_DIR: resolve("content/reviews"),
        SITE_URL: SUB_PATH_SITE_URL,
        BASE_PATH: SUB_PATH,
        COMPRESS: "1",
        ASTRO_TELEMETRY_DISABLED: "1",
      },
    },
  );
  if (run.status !== 0)
    throw new Error(
      `The sub-path build failed (BASE_PATH=${SUB_PATH}):\n${`${run.stdout}\n${run.stderr}`.slice(-3000)}`,
    );
  return out;
}

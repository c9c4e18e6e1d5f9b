import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { PROJECT_ROOT } from "./prepare-corpus.ts";

/** One `astro build` of the real site from a folder of reviews, timed from outside. */
export interface BuildResult {
  /** Wall time of the whole `astro build`, Pagefind integration included. */
  wallMs: number;
  /** What Astro reports for its own page generation ("N page(s) built in X s"), if it said. */
  astroReportedMs?: number;
  pages?: number;
  /** Lines the Pagefind integration logged. */
  pagefindLog: string[];
  /**
   * The sum of Astro's per-route times for `/og/…png`. The cards are drawn in a worker thread
   * (src/lib/og/drawn-cards.ts) from the start of page generation, so this is how long those routes
   * waited for theirs, not what drawing them cost.
   */
  ogImagesMs: number;
}

const ASTRO_CLI = path.join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");

/** Relative to the project root: Astro joins `--config` to its root. */
const BENCH_CONFIG = path.relative(PROJECT_ROOT, path.join(import.meta.dirname, "astro-bench.config.ts"));

/** A cold build: `cacheDir` must be a fresh folder, or Astro reuses the last build's rendered content. */
export async function buildSite(reviewsDir: string, outDir: string, cacheDir: string): Promise<BuildResult> {
  rmSync(cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    REVIEWS_DIR: reviewsDir,
    SITE_OUT_DIR: outDir,
    BENCH_ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const start = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_CLI, "build", "--config", BENCH_CONFIG], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`astro build exited with ${code}:\n${text.slice(-4000)}`)),
    );
  });
  const wallMs = performance.now() - start;
  // Astro colours its log; the figures are read from the plain text.
  const plain = stripVTControlCharacters(output);
  const built = /(\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(plain);
  return {
    wallMs,
    ...(built === null
      ? {}
      : {
          pages: Number(built[1]),
          // Astro writes "850ms", "12.34s" or "1m 5s".
          astroReportedMs: Number(built[2] ?? 0) * 60_000 + Number(built[3]) * (built[4] === "s" ? 1000 : 1),
        }),
    ogImagesMs: [...plain.matchAll(/\/og\/\S+\.png \(\+(\d+)ms\)/g)].reduce((sum, m) => sum + Number(m[1]), 0),
    pagefindLog: plain
      .split("\n")
      .filter((line) => line.includes("[pagefind]"))
      .map((line) => line.trim()),
  };
}

/** A duration the Pagefind integration logged, e.g. "indexed 105 pages in 1.8 s", if it logs one. */
export function pagefindLoggedMs(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const match = /\bin\s+(\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(line);
    if (match !== null) return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
  }
  return undefined;
}

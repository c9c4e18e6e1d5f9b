import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "../../tests/browser/support/chromium.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type LighthouseScores = Record<Category, number | null>;

/** The test suite's Chromium flags, plus headless and a debugging port for Lighthouse. */
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS, "--remote-debugging-port=0"];

/** Debian's Chromium, started for Lighthouse to drive over the DevTools protocol. */
export async function startChromiumForLighthouse(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-profile-"));
  const child: ChildProcess = spawn(chromiumPath(), [...FLAGS, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${log}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface LighthouseRun {
  scores: LighthouseScores;
  /** Weighted audits that did not pass (in any run), e.g. "performance: Largest Contentful Paint (2.9 s)". */
  shortfalls: string[];
  /** Largest Contentful Paint as Lighthouse simulates it (ms). */
  lcpMs: number | null;
}

/**
 * Lighthouse `runs` times, each category's median score: simulated throttling scales the CPU time
 * it observes, so other work on a shared machine lowers single runs (Lighthouse's own advice).
 */
export async function medianLighthouse(
  url: string,
  port: number,
  runs: number,
): Promise<LighthouseRun & { runs: LighthouseScores[] }> {
  const all: LighthouseRun[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await runLighthouse(url, port));
  const scores = {} as LighthouseScores;
  for (const category of CATEGORIES) {
    const values = all
      .map((run) => run.scores[category])
      .filter((score): score is number => score !== null)
      .sort((a, b) => a - b);
    scores[category] = values[Math.floor((values.length - 1) / 2)] ?? null;
  }
  const shortfalls = [...new Set(all.flatMap((run) => run.shortfalls))];
  const lcps = all.flatMap((run) => (run.lcpMs === null ? [] : [run.lcpMs])).sort((a, b) => a - b);
  const lcpMs = lcps[Math.floor((lcps.length - 1) / 2)] ?? null;
  return { scores, shortfalls, lcpMs, runs: all.map((run) => run.scores) };
}

/** Lighthouse's mobile run with simulated throttling (its defaults, stated), scores out of 100. */
export async function runLighthouse(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    formFactor: "mobile",
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
    throttlingMethod: "simulate",
  });
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = {} as LighthouseScores;
  const shortfalls: string[] = [];
  for (const category of CATEGORIES) {
    const score = categories[category]?.score;
    scores[category] = score === null || score === undefined ? null : Math.round(score * 100);
    for (const ref of categories[category]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight === 0 || audit === undefined || audit.score === null || audit.score >= 0.9) continue;
      shortfalls.push(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    }
  }
  return { scores, shortfalls, lcpMs: audits["largest-contentful-paint"]?.numericValue ?? null };
}

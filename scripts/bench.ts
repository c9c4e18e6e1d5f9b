/**
 * `npm run bench -- [--sizes 2,10,50,100] [--lighthouse 2,100] [--runs 2] [--lighthouse-runs 3] [--seed n] [--query word] [--out bench] [--keep] [--no-starlight]`
 * Builds the real site from the real reviews plus synthetic years and measures it; prints a
 * Markdown table and the budgets, and writes <out>/results.json and <out>/results.md. At the
 * --lighthouse sizes it measures every kind of page, and it builds the same two reviews with Starlight
 * (bench/starlight/) as a reference, measured the same way (--no-starlight skips it). The command
 * line only: the work is in bench/lib (the synthetic corpus in bench/lib/synthetic). Exits 0 whatever the budgets say.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BenchResults } from "../bench/lib/bench-result.ts";
import { checkBudgets } from "../bench/lib/budgets.ts";
import { resultsMarkdown } from "../bench/lib/report.ts";
import { machineInfo, runBench } from "../bench/lib/run-bench.ts";
import { measureSearch } from "../bench/lib/search-timing.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  allowNegative: true,
  options: {
    sizes: { type: "string", default: "2,10,50,100" },
    lighthouse: { type: "string" },
    seed: { type: "string", default: "2021" },
    query: { type: "string", default: "vaccine" },
    out: { type: "string", default: "bench" },
    runs: { type: "string", default: "2" },
    "lighthouse-runs": { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    starlight: { type: "boolean", default: true },
  },
});

const numbers = (list: string): number[] => list.split(",").filter(Boolean).map(Number);
const sizes = numbers(values.sizes);
if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 100)) {
  process.stderr.write("bench: --sizes takes whole numbers from 1 to 100, e.g. --sizes 2,10\n");
  process.exit(2);
}
// Lighthouse is slow: by default only the smallest and the largest size.
const lighthouseSizes =
  values.lighthouse === undefined ? [Math.min(...sizes), Math.max(...sizes)] : numbers(values.lighthouse);

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
const started = performance.now();
// Before the run: its load average says how busy the machine was when the timings began.
const machine = machineInfo();
const { results, starlight } = await runBench({
  sizes,
  lighthouseSizes,
  seed: Number(values.seed),
  runs: Math.max(1, Number(values.runs) || 1),
  lighthouseRuns: Math.max(1, Number(values["lighthouse-runs"]) || 1),
  query: values.query,
  keep: values.keep,
  starlight: values.starlight,
  measureSearch,
  log,
});

function starlightNote(): string {
  if (starlight === undefined) return "Starlight: not run (--no-starlight).";
  if (!starlight.built)
    return `Starlight could not be built here; the issue's reference figures stand in: ${starlight.reason.split("\n")[0]}`;
  return "Starlight: bench/starlight/ (pinned astro and @astrojs/starlight, its own lock) installed into a temporary folder, the two reviews as documentation pages plus an index, built, served by the same gzip host and measured by the same functions.";
}

const bench: BenchResults = {
  date: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
  machine,
  seed: Number(values.seed),
  notes: [
    `Every size holds the two real reviews (${results[0]?.realReviewsFrom ?? "content/reviews"}); beyond two, synthetic years (seed ${values.seed}) imported with the real importer.`,
    `Times are the fastest of ${values.runs} runs (builds, Pagefind, each article's import after warming the importer up on the real articles); Lighthouse scores the median of ${values["lighthouse-runs"]} runs per category.`,
    "Bytes are what Chromium downloads with an empty cache, gzip (zlib default level) for text and raw for woff2 and Pagefind's pre-compressed chunks; 1 KB = 1,000 bytes.",
    `First query: “${values.query}”, measured by ${[...new Set(results.map((result) => result.search.method))].join("; ")}; served locally without throttling, so its ms are mostly CPU time.`,
    "Every kind of page (home, year, search, compare index and pair, figures, themes, a theme) at the smallest and largest size unless --lighthouse says otherwise: first-load bytes by kind, fonts included; cumulative layout shift loaded with the network throttled through the DevTools protocol (150 ms latency, 1.6 Mbps down, cache disabled) at 360×740 and 1280×800, measured by tests/browser/support/layout-shift.ts; Lighthouse (mobile form factor, simulated throttling, served with gzip) on the six kinds issue 10 names.",
    "Offline (src/scripts/offline/): the kept edition is the files of the build's offline/edition.<build>.json (every page, the hashed assets, Pagefind's runtime and whole index, the vocabulary and compare parts), on the device as stored (the size the button states) and as downloaded from a gzipping host; the worker's first-visit bytes are what it fetches once the year page has loaded (sw.js and the offline page's shell), apart from the page's own first load above.",
    starlightNote(),
    `Pagefind time: ${results[0]?.pagefind.measuredBy ?? "–"}.`,
    `The whole bench took ${((performance.now() - started) / 60_000).toFixed(1)} min; load average at the end ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" / ")} (other work on the machine slows the timings, not the byte counts).`,
  ],
  results,
  ...(starlight === undefined ? {} : { starlight }),
  budgets: checkBudgets(results),
};

const markdown = resultsMarkdown(bench);
const outDir = path.resolve(values.out);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "results.json"), `${JSON.stringify(bench, null, 2)}\n`);
writeFileSync(path.join(outDir, "results.md"), markdown);
process.stdout.write(`${markdown}\n`);
for (const budget of bench.budgets) process.stdout.write(`${budget.status} ${budget.name}: ${budget.detail}\n`);
log(`wrote ${path.relative(process.cwd(), path.join(outDir, "results.json"))} and results.md`);

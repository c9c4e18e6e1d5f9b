import type { FirstLoad } from "./first-load.ts";
import type { LighthouseRun, LighthouseScores } from "./lighthouse-scores.ts";
import type { SearchMeasurement } from "./search-timing.ts";
import type { SiteSizes } from "./site-sizes.ts";

/** The figures for one corpus size, as written to bench/results.json. */
export interface SizeResult {
  size: number;
  years: { first: number; last: number };
  realReviewsFrom: string;
  /** Per article, the fastest of `runsPerArticle` imports; total and mean are over those. */
  import: { totalMs: number; meanMs: number; medianMs: number; maxMs: number; runsPerArticle: number };
  /** The fastest of `runsMs`. */
  build: {
    wallMs: number;
    runsMs: number[];
    astroReportedMs?: number;
    pages?: number;
    perYearMs: number;
    /** Open Graph images (src/lib/og/), the fastest run: part of the wall time. */
    ogImagesMs?: number;
  };
  pagefind: {
    ms: number;
    runsMs: number[];
    measuredBy: "integration log" | "separate run mirroring the integration on dist/";
  };
  sizes: SiteSizes;
  /** First load of a year page with an empty cache; `bytes.html + css + js` is the budgeted figure. */
  yearPage: Omit<FirstLoad, "resources"> & {
    path: string;
    resources: { path: string; kind: string; wireBytes: number }[];
  };
  search: SearchMeasurement;
  /** Median scores over `runs`. */
  lighthouse?: {
    home: LighthouseRun & { runs: LighthouseScores[] };
    yearPage: LighthouseRun & { runs: LighthouseScores[] };
  };
}

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGB: number;
  platform: string;
  node: string;
  chromium: string;
  lighthouse: string;
  astro: string;
  pagefind: string;
  /** 1, 5 and 15 minute load averages when the bench began: other work on the machine skews timings. */
  loadAverage: number[];
}

export interface BenchResults {
  date: string;
  command: string;
  machine: MachineInfo;
  seed: number;
  notes: string[];
  results: SizeResult[];
  budgets: BudgetCheck[];
}

export interface BudgetCheck {
  name: string;
  status: "PASS" | "FAIL" | "NOT MEASURED";
  detail: string;
}

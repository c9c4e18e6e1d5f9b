import type { FirstLoad } from "./first-load.ts";
import type { KeptEdition, WorkerFirstLoad } from "./offline-costs.ts";
import type { PageKindResult } from "./page-kinds.ts";
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
  /** "Keep this edition offline" (its size), and what the service worker fetches on a first visit after the page's load. */
  offline?: { kept: KeptEdition; worker: WorkerFirstLoad };
  /** Every kind of page (tests/browser/support/page-kinds.ts): bytes, layout shift, Lighthouse; at the --lighthouse sizes. */
  pageKinds?: PageKindResult[];
}

/** The same two reviews built with Starlight (bench/starlight/) and measured by the same functions. */
export type StarlightResult =
  | {
      built: true;
      versions: { astro: string; starlight: string };
      installedBy: string;
      installMs: number;
      buildMs: number;
      distBytes: number;
      pages: PageKindResult[];
    }
  | { built: false; reason: string };

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
  starlight?: StarlightResult;
  budgets: BudgetCheck[];
}

export interface BudgetCheck {
  name: string;
  status: "PASS" | "FAIL" | "NOT MEASURED";
  detail: string;
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../../tests/browser/support/chromium.ts";
import { PAGE_KINDS } from "../../tests/browser/support/page-kinds.ts";
import type { MachineInfo, SizeResult, StarlightResult } from "./bench-result.ts";
import { buildSite, pagefindLoggedMs, type BuildResult } from "./build-site.ts";
import { measureFirstLoad } from "./first-load.ts";
import { measureKeptEdition, measureWorkerFirstLoad } from "./offline-costs.ts";
import { serveLikeAHost } from "./gzip-host.ts";
import { startChromiumForLighthouse } from "./lighthouse-scores.ts";
import { measurePageKinds } from "./page-kinds.ts";
import { timePagefind } from "./pagefind-timing.ts";
import { median, prepareCorpus, PROJECT_ROOT, warmUpImporter } from "./prepare-corpus.ts";
import type { MeasureSearch } from "./search-timing.ts";
import { measureSiteSizes } from "./site-sizes.ts";
import { benchStarlight } from "./starlight-site.ts";
import { createWorkFolder } from "./work-folder.ts";

export interface BenchOptions {
  sizes: number[];
  lighthouseSizes: number[];
  seed: number;
  /** Timings are the fastest of this many runs: the machine is shared, and others only add time. */
  runs: number;
  /** Lighthouse scores are the median of this many runs. */
  lighthouseRuns: number;
  query: string;
  keep: boolean;
  /** Build and measure the Starlight reference beside the site. */
  starlight: boolean;
  measureSearch: MeasureSearch;
  log: (line: string) => void;
}

/** The real year whose page is measured at every size, so that only the corpus around it changes. */
const YEAR_PAGE = 2021;

export async function runBench(
  options: BenchOptions,
): Promise<{ results: SizeResult[]; starlight: StarlightResult | undefined }> {
  const work = createWorkFolder();
  options.log(`working in ${work.realRoot}${options.keep ? "" : " (removed at the end; --keep keeps it)"}`);
  warmUpImporter();
  const browser = await launchChromium();
  const lighthouseChromium =
    options.starlight || options.lighthouseSizes.some((size) => options.sizes.includes(size))
      ? await startChromiumForLighthouse()
      : undefined;
  const results: SizeResult[] = [];
  let starlight: StarlightResult | undefined;
  let starlightDir: string | undefined;
  try {
    for (const size of options.sizes) {
      results.push(
        await benchOneSize(size, path.join(work.root, `n-${size}`), browser, lighthouseChromium?.port, options),
      );
    }
    if (options.starlight && lighthouseChromium !== undefined) {
      // A folder of its own, away from the link to the project's node_modules in the work folder.
      starlightDir = mkdtempSync(path.join(tmpdir(), "bench-starlight-"));
      options.log(`Starlight reference in ${starlightDir}`);
      starlight = await benchStarlight(starlightDir, browser, {
        lighthouse: { port: lighthouseChromium.port, runs: options.lighthouseRuns },
        log: options.log,
      });
    }
  } finally {
    await browser.close();
    await lighthouseChromium?.stop();
    if (!options.keep) {
      work.remove();
      if (starlightDir !== undefined) rmSync(starlightDir, { recursive: true, force: true });
    }
  }
  return { results, starlight };
}

async function benchOneSize(
  size: number,
  workDir: string,
  browser: Browser,
  lighthousePort: number | undefined,
  options: BenchOptions,
): Promise<SizeResult> {
  const { log } = options;
  const corpus = prepareCorpus(size, workDir, options.seed, options.runs);
  const importTotal = corpus.importMs.reduce((total, value) => total + value, 0);
  log(`${size} years: imported in ${importTotal.toFixed(0)} ms; building ${options.runs}×…`);

  const distDir = path.join(workDir, "dist");
  const builds: BuildResult[] = [];
  const pagefindRuns: { ms: number; measuredBy: SizeResult["pagefind"]["measuredBy"] }[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const build = await buildSite(corpus.reviewsDir, distDir, path.join(workDir, "astro-cache"));
    builds.push(build);
    const logged = pagefindLoggedMs(build.pagefindLog);
    pagefindRuns.push(
      logged !== undefined
        ? { ms: logged, measuredBy: "integration log" }
        : {
            ms: (await timePagefind(distDir, path.join(workDir, "pagefind-timing"))).ms,
            measuredBy: "separate run mirroring the integration on dist/",
          },
    );
  }
  const wallRuns = builds.map((build) => build.wallMs);
  const astroRuns = builds.flatMap((build) => (build.astroReportedMs === undefined ? [] : [build.astroReportedMs]));
  const pages = builds[0]?.pages;
  const pagefind = {
    ms: Math.min(...pagefindRuns.map((run) => run.ms)),
    runsMs: pagefindRuns.map((run) => run.ms),
    measuredBy: pagefindRuns[0]?.measuredBy ?? "separate run mirroring the integration on dist/",
  };
  log(
    `${size} years: built in ${(Math.min(...wallRuns) / 1000).toFixed(1)} s (best of ${options.runs}), Pagefind ${pagefind.ms.toFixed(0)} ms; measuring in Chromium…`,
  );

  const host = await serveLikeAHost(distDir);
  try {
    const year = corpus.years.includes(YEAR_PAGE) ? YEAR_PAGE : (corpus.years[0] ?? YEAR_PAGE);
    const yearPath = `/${year}/`;
    const firstLoad = await measureFirstLoad(browser, `${host.origin}${yearPath}`);
    const search = await options.measureSearch(browser, host.origin, yearPath, options.query);
    const offline = {
      kept: measureKeptEdition(distDir),
      worker: await measureWorkerFirstLoad(browser, `${host.origin}${yearPath}`),
    };
    let pageKinds: SizeResult["pageKinds"];
    if (lighthousePort !== undefined && options.lighthouseSizes.includes(size)) {
      log(`${size} years: every kind of page (bytes, layout shift throttled, Lighthouse)…`);
      pageKinds = await measurePageKinds(browser, host.origin, PAGE_KINDS, {
        lighthouse: { port: lighthousePort, runs: options.lighthouseRuns },
        log: (line) => log(`${size} years: ${line}`),
      });
    }
    return {
      size,
      years: { first: corpus.years[0] ?? 0, last: corpus.years.at(-1) ?? 0 },
      realReviewsFrom: corpus.realFrom,
      import: {
        totalMs: importTotal,
        meanMs: importTotal / Math.max(1, corpus.importMs.length),
        medianMs: median(corpus.importMs),
        maxMs: Math.max(...corpus.importMs),
        runsPerArticle: options.runs,
      },
      build: {
        wallMs: Math.min(...wallRuns),
        runsMs: wallRuns,
        perYearMs: Math.min(...wallRuns) / size,
        ...(astroRuns.length === 0 ? {} : { astroReportedMs: Math.min(...astroRuns) }),
        ...(pages === undefined ? {} : { pages }),
        ogImagesMs: Math.min(...builds.map((build) => build.ogImagesMs)),
      },
      pagefind,
      sizes: measureSiteSizes(distDir),
      yearPage: {
        ...firstLoad,
        path: yearPath,
        resources: firstLoad.resources.map((resource) => ({
          path: new URL(resource.url).pathname,
          kind: resource.kind,
          wireBytes: resource.wireBytes,
        })),
      },
      search,
      offline,
      ...(pageKinds === undefined ? {} : { pageKinds }),
    };
  } finally {
    await host.close();
  }
}

function packageVersion(name: string): string {
  const file = path.join(PROJECT_ROOT, "node_modules", name, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "unknown";
}

export function machineInfo(): MachineInfo {
  let chromium = "Chromium";
  try {
    chromium = execFileSync(chromiumPath(), ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    // The version is for the record only.
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGB: Math.round(totalmem() / 1e9),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
    lighthouse: packageVersion("lighthouse"),
    astro: packageVersion("astro"),
    pagefind: packageVersion("pagefind"),
    loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
  };
}

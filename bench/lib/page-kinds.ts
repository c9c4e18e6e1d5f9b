import type { Browser } from "playwright-core";
import { measureLayoutShift } from "../../tests/browser/support/layout-shift.ts";
import type { PageKind } from "../../tests/browser/support/page-kinds.ts";
import { measureFirstLoad, type ResourceKind } from "./first-load.ts";
import { medianLighthouse, type LighthouseRun, type LighthouseScores } from "./lighthouse-scores.ts";

/** The viewports of the layout-shift budget: a phone and a laptop. */
export const SHIFT_VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** What one page of a kind costs a first visit, whether it moves, and what Lighthouse makes of it. */
export interface PageKindResult {
  kind: string;
  path: string;
  /** Wire bytes by kind with an empty cache; `total` is all of them, fonts and images included. */
  bytes: Record<ResourceKind | "total", number>;
  /** The font files the page downloaded, with their bytes. */
  fonts: { path: string; bytes: number }[];
  /** Cumulative layout shift on the throttled connection (150 ms, 1.6 Mbps, cache off), per viewport. */
  layoutShift: { viewport: string; cls: number; sources: string[] }[];
  lighthouse?: LighthouseRun & { runs: LighthouseScores[] };
}

export interface PageKindOptions {
  /** Lighthouse's DevTools port and runs per page; without it, no Lighthouse. */
  lighthouse?: { port: number; runs: number };
  log: (line: string) => void;
}

/** Measures each page with the same functions, whichever site serves it (ours, or the Starlight reference). */
export async function measurePageKinds(
  browser: Browser,
  origin: string,
  kinds: readonly PageKind[],
  options: PageKindOptions,
): Promise<PageKindResult[]> {
  const results: PageKindResult[] = [];
  for (const { kind, path, lighthouse } of kinds) {
    const url = `${origin}${path}`;
    const load = await measureFirstLoad(browser, url);
    const layoutShift: PageKindResult["layoutShift"] = [];
    for (const viewport of SHIFT_VIEWPORTS) {
      const report = await measureLayoutShift(browser, url, viewport);
      const sources = [...new Set(report.shifts.flatMap((shift) => shift.sources))];
      layoutShift.push({ viewport: `${viewport.width}×${viewport.height}`, cls: report.cls, sources });
    }
    const total = Object.values(load.bytes).reduce((sum, bytes) => sum + bytes, 0);
    const result: PageKindResult = {
      kind,
      path,
      bytes: { ...load.bytes, total },
      fonts: load.resources
        .filter((resource) => resource.kind === "fonts")
        .map((resource) => ({ path: new URL(resource.url).pathname, bytes: resource.wireBytes })),
      layoutShift,
    };
    if (lighthouse && options.lighthouse !== undefined) {
      options.log(`Lighthouse ${path} ×${options.lighthouse.runs}…`);
      result.lighthouse = await medianLighthouse(url, options.lighthouse.port, options.lighthouse.runs);
    }
    results.push(result);
  }
  return results;
}

import type { Browser } from "playwright-core";

/** A slow phone connection, as the issue measures it: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
export const SLOW_PHONE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface ShiftReport {
  /** Sum of layout-shift values without recent input (CLS over the page's life so far). */
  cls: number;
  shifts: { value: number; sources: string[] }[];
  /** When the first paint with text came, and when the last web font arrived (ms since navigation). */
  firstContentfulPaint: number;
  lastFontEnd: number;
}

/**
 * Loads a page with the network throttled through the DevTools protocol and the cache disabled,
 * waits for its fonts and a quiet moment, and reports the layout shifts it recorded.
 * `fontsAfterFirstPaint` holds every web font back until the page has drawn its first text, the
 * case the fallback faces exist for; without it (the benchmark) the fonts come when the network
 * brings them, and on a busy machine a slow first paint can come after them.
 */
export async function measureLayoutShift(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  { fontsAfterFirstPaint = false }: { fontsAfterFirstPaint?: boolean } = {},
): Promise<ShiftReport> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (fontsAfterFirstPaint) {
    await page.route("**/*.woff2", async (route) => {
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
        polling: 20,
        timeout: 30_000,
      });
      await route.continue();
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_PHONE });
  await page.addInitScript(() => {
    const record: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof record }).__shifts = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) =>
          s.node instanceof Element
            ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join(".")}`
            : String(s.node?.nodeName),
        );
        record.push({ value: entry.value, sources });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const report = await page.evaluate(() => {
    const shifts = (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const fonts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) =>
      r.name.endsWith(".woff2"),
    );
    return {
      cls: shifts.reduce((sum, s) => sum + s.value, 0),
      shifts,
      firstContentfulPaint: fcp,
      lastFontEnd: Math.max(0, ...fonts.map((f) => f.responseEnd)),
    };
  });
  await context.close();
  return report;
}

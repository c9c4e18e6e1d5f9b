import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import type { EditionList } from "../../src/lib/offline/protocol.ts";
import { wireBytes } from "./gzip-host.ts";

/** What "Keep this edition offline" costs (src/scripts/offline/): the files, on the device and on the wire. */
export interface KeptEdition {
  files: number;
  /** As the worker stores them: the files' own bytes (what the button states). */
  bytes: number;
  /** As a gzipping host sends them; Pagefind's chunks and the fonts are compressed already. */
  wireBytes: number;
}

/** What the worker adds to a reader's first visit: its script and the offline page's shell, nothing of the edition. */
export interface WorkerFirstLoad {
  wireBytes: number;
  requests: number;
  resources: { path: string; wireBytes: number }[];
}

const TEXT = /\.(html|css|js|json|txt|svg|webmanifest)$|\/$/;

/** Reads the build's edition list (offline/edition.<build>.json) and sizes every file in it. */
export function measureKeptEdition(distDir: string): KeptEdition {
  const name = readdirSync(path.join(distDir, "offline")).find((file) => /^edition\.\w+\.json$/.test(file));
  if (!name) throw new Error(`${distDir}: no offline/edition.<build>.json (src/integrations/offline-worker.ts)`);
  const list = JSON.parse(readFileSync(path.join(distDir, "offline", name), "utf8")) as EditionList;
  const base = list.files.find((file) => file.url.endsWith("/offline/"))?.url.replace(/offline\/$/, "") ?? "/";
  let wire = 0;
  for (const file of list.files) {
    const relative = file.url.slice(base.length);
    const body = readFileSync(
      path.join(distDir, relative.endsWith("/") || relative === "" ? `${relative}index.html` : relative),
    );
    wire += TEXT.test(file.url) ? gzipSync(body).byteLength : body.byteLength;
  }
  return { files: list.files.length, bytes: list.files.reduce((sum, file) => sum + file.size, 0), wireBytes: wire };
}

/**
 * Opens a page with an empty cache and counts what the worker fetches until it controls the page and
 * the network is idle: `sw.js` and its precache. The page's own bytes are measured apart (first-load.ts).
 */
export async function measureWorkerFirstLoad(browser: Browser, url: string): Promise<WorkerFirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  const pending: Promise<{ path: string; wireBytes: number } | undefined>[] = [];
  context.on("response", (response) => {
    const request = response.request();
    const address = new URL(response.url());
    if (!request.serviceWorker() && !address.pathname.endsWith("/sw.js")) return;
    pending.push(
      response
        .body()
        .then((body) => ({ path: address.pathname, wireBytes: wireBytes(body, response.headers()["content-type"]) }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState("networkidle");
  const resources = (await Promise.all(pending)).filter(
    (r): r is { path: string; wireBytes: number } => r !== undefined,
  );
  await context.close();
  return { wireBytes: resources.reduce((sum, r) => sum + r.wireBytes, 0), requests: resources.length, resources };
}

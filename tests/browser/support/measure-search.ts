import { gzipSync } from "node:zlib";
import type { CDPSession, Page } from "playwright-core";

export interface FirstQueryCost {
  /** Bytes on the wire (encoded, headers included) of requests started from the first key to the first result. */
  bytes: number;
  /**
   * The same requests as a compressing host would send them: text (JS, JSON) gzipped, since the
   * test server sends it as is; Pagefind's index, fragments and WebAssembly are gzip already.
   */
  gzipBytes: number;
  /** Milliseconds from the first key (the `/` that focuses the field) to the first result shown. */
  ms: number;
  requests: { url: string; bytes: number; gzipBytes: number }[];
}

async function gzippedSize(
  cdp: CDPSession,
  requestId: string,
  encoded: number,
  encoding: string | undefined,
): Promise<number> {
  if (encoding) return encoded;
  const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
  // Binary bodies here are Pagefind's own gzip files; a host would not compress them again.
  return base64Encoded ? encoded : gzipSync(body, { level: 9 }).length;
}

/**
 * What a reader's first search costs: on an already loaded page, press `/`, type the query into the
 * header field and wait for the first result. Counts every request started in that span (Pagefind,
 * its WebAssembly, index chunks, fragments, the results code) by Chromium's own network events; the
 * page's context must block service workers, whose own fetches these events do not see.
 */
export async function measureFirstQuery(page: Page, url: string, query: string): Promise<FirstQueryCost> {
  await page.goto(url, { waitUntil: "networkidle" });
  // The offline worker (src/scripts/offline/) would fetch the search's files itself, out of this page's sight.
  if (await page.evaluate(() => navigator.serviceWorker?.controller != null))
    throw new Error(
      'measureFirstQuery: a service worker controls the page, so its requests cannot be counted here; open the page in a context with serviceWorkers: "block"',
    );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const started = new Map<string, string>();
  const finished = new Map<string, number>();
  const encodings = new Map<string, string | undefined>();
  let counting = false;
  cdp.on("Network.requestWillBeSent", (e) => {
    if (counting) started.set(e.requestId, e.request.url);
  });
  cdp.on("Network.responseReceived", (e) =>
    encodings.set(e.requestId, e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"]),
  );
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, e.encodedDataLength));

  counting = true;
  const t0 = Date.now();
  await page.keyboard.press("/");
  await page.keyboard.type(query);
  await page.locator("#site-search-listbox [role=option]").first().waitFor({ state: "visible" });
  const ms = Date.now() - t0;
  counting = false;
  // Let the last loadingFinished events of requests already answered arrive.
  await page.waitForTimeout(250);
  const requests = await Promise.all(
    [...started].map(async ([id, requestUrl]) => {
      const bytes = finished.get(id) ?? 0;
      return {
        url: new URL(requestUrl).pathname,
        bytes,
        gzipBytes: await gzippedSize(cdp, id, bytes, encodings.get(id)),
      };
    }),
  );
  await cdp.detach();
  const sum = (key: "bytes" | "gzipBytes") => requests.reduce((total, r) => total + r[key], 0);
  return { bytes: sum("bytes"), gzipBytes: sum("gzipBytes"), ms, requests };
}

import type { Browser, Response } from "playwright-core";
import { wireBytes } from "./gzip-host.ts";

export type ResourceKind = "html" | "css" | "js" | "fonts" | "other";

export interface LoadedResource {
  url: string;
  kind: ResourceKind;
  rawBytes: number;
  /** gzip for text (zlib default level), raw for fonts and binaries. */
  wireBytes: number;
}

export interface FirstLoad {
  url: string;
  /** Wire bytes by kind; inline scripts and styles are part of the HTML. */
  bytes: Record<ResourceKind, number>;
  resources: LoadedResource[];
}

const KIND_BY_TYPE: Record<string, ResourceKind> = { document: "html", stylesheet: "css", script: "js", font: "fonts" };

/**
 * Everything Chromium downloads to show a page with an empty cache, until the network is idle:
 * what a reader's first visit costs. Fonts are only what the page's text actually needs, since
 * Chromium fetches a `unicode-range` subset only when a glyph on the page falls in it.
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending: Promise<LoadedResource | undefined>[] = [];
  page.on("response", (response) => pending.push(describe(response)));
  await page.goto(url, { waitUntil: "networkidle" });
  // Fonts load as the text renders; give late subsets a moment to start and finish.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForLoadState("networkidle");
  const resources = (await Promise.all(pending)).filter(
    (resource): resource is LoadedResource => resource !== undefined,
  );
  await context.close();
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  for (const resource of resources) bytes[resource.kind] += resource.wireBytes;
  return { url, bytes, resources };
}

async function describe(response: Response): Promise<LoadedResource | undefined> {
  const body = await response.body().catch(() => undefined);
  if (body === undefined) return undefined;
  const kind = KIND_BY_TYPE[response.request().resourceType()] ?? "other";
  const contentType = response.headers()["content-type"];
  return { url: response.url(), kind, rawBytes: body.byteLength, wireBytes: wireBytes(body, contentType) };
}

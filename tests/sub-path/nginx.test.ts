import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { headerPolicy, IMMUTABLE_CACHE, SHORT_CACHE } from "../../src/lib/deploy/headers.ts";
import { metaPolicyOf } from "../../src/integrations/server-files.ts";
import { launchChromium } from "../browser/support/chromium.ts";
import { get, nginxPath, startNginx, type RunningNginx } from "./support/nginx.ts";
import {
  citeShowsTheBasedAddress,
  copyLinkCopiesThePermanentAddress,
  headerSearchFindsAndHighlights,
  popoverOpensAndCloses,
  type Served,
} from "./support/smoke.ts";

// The sub-path build (COMPRESS=1) served by Debian's nginx with deploy/nginx.conf.
const { dist, base, site } = inject("subPath");
const binary = nginxPath();
if (!binary)
  console.warn("SKIPPED: the nginx tests: nginx is not installed (`apt-get install nginx` as root; .ci/run does).");

describe.skipIf(!binary)("deploy/nginx.conf, served by nginx", () => {
  const work = mkdtempSync(join(tmpdir(), "nginx-"));
  let nginx: RunningNginx;
  let url: string;
  const policy = metaPolicyOf(readFileSync(join(dist, "index.html"), "utf8")) ?? "";
  const asset = (ext: string) => readdirSync(join(dist, "_astro")).find((name) => name.endsWith(ext)) ?? "";
  const gzip = { "Accept-Encoding": "gzip" };

  beforeAll(async () => {
    nginx = await startNginx(binary ?? "", work, base, dist);
    url = `${nginx.origin}${base}`;
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test("a page: 200, gzip, short caching and the security headers, the CSP being the page's own plus frame-ancestors", async () => {
    const page = await get(`${url}2021/`, gzip);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.headers["vary"]).toBe("Accept-Encoding");
    expect(gunzipSync(page.body).toString()).toBe(readFileSync(join(dist, "2021/index.html"), "utf8"));
    expect(page.headers["cache-control"]).toBe(SHORT_CACHE);
    expect(policy).toContain("script-src");
    expect(page.headers["content-security-policy"]).toBe(headerPolicy(policy));
    expect(page.headers["content-security-policy"]).toMatch(/; frame-ancestors 'none'$/);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(page.headers["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(page.headers["strict-transport-security"]).toBeUndefined();
  });

  test("CSS, JS and JSON come gzipped; hashed assets and Pagefind chunks are immutable", async () => {
    for (const path of [`_astro/${asset(".css")}`, `_astro/${asset(".js")}`]) {
      const answer = await get(`${url}${path}`, gzip);
      expect([path, answer.status, answer.headers["content-encoding"]]).toEqual([path, 200, "gzip"]);
      expect(answer.headers["cache-control"]).toBe(IMMUTABLE_CACHE);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
    const json = await get(`${url}reviews.json`, gzip);
    expect([json.status, json.headers["content-encoding"], json.headers["content-type"]]).toEqual([
      200,
      "gzip",
      "application/json",
    ]);
    const fragment = readdirSync(join(dist, "pagefind/fragment"))[0] ?? "";
    expect((await get(`${url}pagefind/fragment/${fragment}`)).headers["cache-control"]).toBe(IMMUTABLE_CACHE);
    // Without Accept-Encoding the file goes as it is.
    const plain = await get(`${url}reviews.json`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(readFileSync(join(dist, "reviews.json"), "utf8"));
  });

  test("the EPUB and TEI downloads come with their own types, the feeds keep theirs", async () => {
    const epub = await get(`${url}2021.epub`);
    expect([epub.status, epub.headers["content-type"]]).toEqual([200, "application/epub+zip"]);
    expect(epub.body.equals(readFileSync(join(dist, "2021.epub")))).toBe(true);
    expect((await get(`${url}edition.epub`)).headers["content-type"]).toBe("application/epub+zip");
    const tei = await get(`${url}2021.xml`, gzip);
    expect([tei.status, tei.headers["content-type"], tei.headers["content-encoding"]]).toEqual([
      200,
      "application/tei+xml; charset=utf-8",
      "gzip",
    ]);
    expect(tei.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(`${url}rss.xml`)).headers["content-type"]).not.toMatch(/tei/);
  });

  test("the reference-manager files and the web app manifest come with the types nginx's own list lacks", async () => {
    for (const [path, type] of [
      ["2021.ris", "application/x-research-info-systems; charset=utf-8"],
      ["reviews.bib", "application/x-bibtex; charset=utf-8"],
      ["2021.csl.json", "application/vnd.citationstyles.csl+json; charset=utf-8"],
      ["manifest.webmanifest", "application/manifest+json; charset=utf-8"],
    ] as const) {
      const answer = await get(`${url}${path}`);
      expect([path, answer.status, answer.headers["content-type"]]).toEqual([path, 200, type]);
      expect(answer.body.equals(readFileSync(join(dist, path)))).toBe(true);
    }
  });

  test("an unknown address: the site's 404 page with status 404 and the headers; the header files are not served", async () => {
    for (const path of ["no-such-page/", "2021/no-such-paragraph", "_headers", "_headers.nginx"]) {
      const answer = await get(`${url}${path}`);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(answer.body.toString()).toBe(readFileSync(join(dist, "404.html"), "utf8"));
      expect(answer.headers["content-security-policy"]).toBe(headerPolicy(policy));
    }
  });

  test("a conditional request for an unchanged page gets 304; a folder without its slash is redirected under the base", async () => {
    const first = await get(`${url}2022/`);
    const etag = String(first.headers["etag"]);
    expect(etag).toMatch(/^"/);
    const again = await get(`${url}2022/`, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const since = await get(`${url}2022/`, { "If-Modified-Since": String(first.headers["last-modified"]) });
    expect(since.status).toBe(304);
    const folder = await get(`${url}2022`);
    expect([folder.status, folder.headers["location"]]).toEqual([301, `${base}2022/`]);
  });

  describe("in Chromium, through nginx", () => {
    let browser: Browser;
    let served: Served;
    beforeAll(async () => {
      browser = await launchChromium();
      served = { url, permanent: `${site}${base}` };
    });
    afterAll(async () => {
      await browser?.close();
    });

    test("a note popover opens and closes", () => popoverOpensAndCloses(browser, served));
    test("the header search finds “bamboo” under the base; following a result lands and highlights", () =>
      headerSearchFindsAndHighlights(browser, served));
    test("copy-link copies the permanent address", () => copyLinkCopiesThePermanentAddress(browser, served));
    test("the cite dialog shows the based address", () => citeShowsTheBasedAddress(browser, served));
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { builtPages, DIST, urlPathOf } from "./built-pages.ts";
import type { EditionList } from "../../src/lib/offline/protocol.ts";

const listName = readdirSync(join(DIST, "offline")).find((name) => /^edition\.\w+\.json$/.test(name)) ?? "";
const list = JSON.parse(readFileSync(join(DIST, "offline", listName), "utf8")) as EditionList;
const urls = new Set(list.files.map((file) => file.url));
const fileOf = (url: string) => join(DIST, url.endsWith("/") ? `${url}index.html` : url);
const worker = readFileSync(join(DIST, "sw.js"), "utf8");

describe("the kept edition, as built", () => {
  test("holds every page but the 404, and every file of Pagefind's index, fragments and filters", () => {
    const pages = builtPages().filter((page) => page !== "404.html");
    expect(pages.filter((page) => !urls.has(urlPathOf(page)))).toEqual([]);
    expect(urls.has("/404.html")).toBe(false);
    for (const folder of ["index", "fragment", "filter"])
      for (const name of readdirSync(join(DIST, "pagefind", folder)))
        expect(urls, `pagefind/${folder}/${name}`).toContain(`/pagefind/${folder}/${name}`);
    for (const needed of ["/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/search/vocabulary.txt"])
      expect(urls).toContain(needed);
  });

  test("holds no card, feed, download or compressed twin, and each size is the file's", () => {
    expect(list.files.filter((f) => /\/og\/|\.gz$|\.xml$|\.png$/.test(f.url) && !f.url.includes("/icons/"))).toEqual(
      [],
    );
    expect(list.files.filter((f) => /^\/\d{4}\.(md|txt)$/.test(f.url))).toEqual([]);
    for (const file of list.files) expect(statSync(fileOf(file.url)).size, file.url).toBe(file.size);
  });

  test("the worker names this build, its size, and a shell that exists; it holds no whole list of the edition", () => {
    expect(worker).toContain(`build:"${list.build}"`);
    expect(listName).toBe(`edition.${list.build}.json`);
    const bytes = list.files.reduce((sum, file) => sum + file.size, 0);
    expect(worker).toContain(`bytes:${bytes}`);
    const shell = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? "");
    expect(shell).toContain("/offline/");
    expect(shell.length).toBeLessThan(15);
    for (const url of shell) expect(existsSync(fileOf(url)), url).toBe(true);
    expect(worker).not.toContain("/pagefind/fragment/");
  });
});

describe("the web app manifest", () => {
  test("is linked from every page, and its icons are PNGs of the sizes it states", async () => {
    for (const page of builtPages())
      expect(readFileSync(join(DIST, page), "utf8"), page).toContain(
        `<link rel="manifest" href="/manifest.webmanifest">`,
      );
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as {
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string }[];
    };
    expect([manifest.start_url, manifest.scope]).toEqual(["/", "/"]);
    for (const icon of manifest.icons) {
      const { width, height, format } = await sharp(fileOf(icon.src)).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(format).toBe("png");
    }
  });
});

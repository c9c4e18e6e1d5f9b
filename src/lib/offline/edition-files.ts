/**
 * What a kept edition holds, and what the service worker is told about it: pure functions of the
 * built files, used by src/integrations/offline-worker.ts and tested alone. The worker itself lives
 * in src/scripts/offline/worker/.
 */
import { createHash } from "node:crypto";
import type { EditionFile } from "./protocol.ts";

/**
 * The files of the edition, relative to dist/: every page, the hashed styles, scripts and fonts,
 * what search reads (Pagefind's runtime, entry, metadata, WebAssembly, index, fragments and filters,
 * and the "did you mean" vocabulary), the compare parts, the Cite dialog's strings and the furniture. Not kept: Open Graph
 * cards, feeds, sitemaps, the downloads (Markdown, text and other exports), compressed twins.
 */
export const EDITION_PATTERNS = [
  "**/index.html",
  "_astro/**/*.{css,js,woff2}",
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "pagefind/{index,fragment,filter}/*",
  "search/vocabulary.txt",
  "compare/parts/*.json",
  "*/cite.json",
  "favicon.svg",
  "theme-init.js",
  "manifest.webmanifest",
  "icons/*.png",
];
export const EDITION_IGNORES = ["404.html", "**/*.gz"];

/** Files whose names carry their content's hash: Workbox need not add a revision. */
export const HASHED_NAME = /\.[\w-]{8,}\.(css|js|woff2)$|\/(index|fragment|filter)\/[^/]+$|\.pf_meta$/;

/** The offline page's path inside the site: the worker's answer for a page never opened. */
export const OFFLINE_PAGE_PATH = "offline/";

/** `2021/index.html` → `2021/`, `index.html` → `` (the address a reader opens), under `base`. */
export function editionUrl(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The build's id: changes whenever any kept file's name or content does (Workbox's revisions). */
export function buildId(files: readonly Pick<EditionFile, "url" | "revision">[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url)))
    hash.update(`${file.url} ${file.revision ?? ""}\n`);
  return hash.digest("hex").slice(0, 12);
}

/** The offline controls' lazy chunk (src/scripts/offline/offline-controls.ts): a cached page's notice needs it. */
export const OFFLINE_CONTROLS_CHUNK = /\/_astro\/offline-controls\.[\w-]+\.js$/;

/** The addresses a page links as its own furniture (stylesheets, scripts, icon) that the edition holds. */
export function pageResources(html: string, edition: readonly EditionFile[]): EditionFile[] {
  const urls = new Set([...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]));
  return edition.filter((file) => urls.has(file.url) && !file.url.endsWith("/"));
}

/** The stylesheets a built script fetches itself (`"/base/_astro/x.css"`, a `?url` import), by name. */
export function fetchedStylesheets(js: string): string[] {
  return [...js.matchAll(/_astro\/([\w.-]+\.css)["'`]/g)].map((m) => m[1] ?? "");
}

/** The chunks a built script imports statically (`import{…}from"./x.js"`), by name beside it. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map(
    (m) => m[1] ?? "",
  );
}

/**
 * What the worker precaches unasked: the offline page, what it links, the offline controls (so a page
 * read earlier can say it is a kept copy), every chunk those scripts import statically and the
 * stylesheets they fetch.
 */
export function shellFiles(
  offlinePage: EditionFile,
  offlineHtml: string,
  edition: readonly EditionFile[],
  readScript: (file: EditionFile) => string,
): EditionFile[] {
  const byUrl = new Map(edition.map((file) => [file.url, file]));
  const shell = new Map<string, EditionFile>();
  const queue = [
    offlinePage,
    ...pageResources(offlineHtml, edition),
    ...edition.filter((file) => OFFLINE_CONTROLS_CHUNK.test(file.url)),
  ];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (shell.has(file.url)) continue;
    shell.set(file.url, file);
    if (!file.url.endsWith(".js")) continue;
    const script = readScript(file);
    for (const name of [...staticImports(script), ...fetchedStylesheets(script)]) {
      const imported = byUrl.get(file.url.replace(/[^/]+$/, name));
      if (imported) queue.push(imported);
    }
  }
  return [...shell.values()];
}

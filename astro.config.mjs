// @ts-check
import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { reviewRehypePlugins, remarkPlugins, remarkRehypeOptions } from "./src/lib/markdown/pipeline.ts";
import { siteAddressFromEnv } from "./src/lib/site-address.ts";
import pagefind from "./src/integrations/pagefind.ts";
import fontSubset from "./src/integrations/font-subset.ts";
import fontFallbacks from "./src/integrations/font-fallbacks.ts";
import sitemap from "@astrojs/sitemap";
import cspHashes from "./src/integrations/csp-hashes.ts";
import serverFiles from "./src/integrations/server-files.ts";
import offlineWorker from "./src/integrations/offline-worker.ts";
import lazyChunks from "./src/integrations/lazy-chunks.ts";
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from "./src/lib/deploy/headers.ts";
import { indexDigest } from "./src/lib/name-index/index-digest.ts";

/** The uncut Literata files: cut to the text after the build, and measured for the fallback faces. */
const literataFiles = fileURLToPath(new URL("./node_modules/@fontsource-variable/literata/files/", import.meta.url));

// The index of names, read by the Markdown pipeline and the index pages, is found from here, not from
// the working directory (tests build from a folder of their own); INDEX_DIR overrides it.
process.env["INDEX_DIR"] ??= fileURLToPath(new URL("./content/index/", import.meta.url));

// SITE_URL and BASE_PATH say where the site is published (README, "Publishing").
const address = siteAddressFromEnv();

/** Says once per build, plainly, that absolute addresses name a placeholder host. */
const placeholderNotice = {
  name: "site-address",
  hooks: {
    /** @param {{ logger: import("astro").AstroIntegrationLogger }} options */
    "astro:build:start": ({ logger }) => {
      if (address.placeholder)
        logger.warn(
          `SITE_URL is not set: canonical, feed, sitemap and citation addresses use the placeholder ${address.site}${address.base}. Set SITE_URL (and BASE_PATH) to where the site will be published.`,
        );
    },
  },
};

export default defineConfig({
  site: address.site,
  base: address.base,
  // The benchmark builds synthetic corpora into a temporary folder; everything else uses dist/.
  outDir: process.env["SITE_OUT_DIR"] ?? "./dist",
  // cspHashes first: it trims the pages' policy before the others read the pages; offlineWorker
  // after Pagefind (its index is part of the kept edition); serverFiles last: it compresses what the
  // others wrote (the cut fonts and the worker included).
  integrations: [
    placeholderNotice,
    cspHashes(),
    fontSubset({ sources: [literataFiles] }),
    pagefind(),
    sitemap({ filter: (page) => !page.endsWith(`${address.base}offline/`) }),
    offlineWorker(),
    serverFiles(),
  ],
  trailingSlash: "always",
  // Stylesheets stay files, never inline <style>: the server headers carry one CSP for every page,
  // and a per-page style hash in it could not fit them all.
  // Four pages at a time: a page that waits (an Open Graph card's PNG encoding in sharp's threads,
  // a file being written) lets another render meanwhile. At 100 years that took the page phase from
  // 43 to 34 s on two cores; at 2 years it changes nothing. Pages do not depend on the order they
  // are made in: tests/site/reproducible.test.ts, and the bench's 100-year build compared with one
  // made a page at a time.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkRehype: remarkRehypeOptions,
      remarkPlugins,
      // With the index's digest: an edit to the index renders the reviews again (pipeline.ts).
      rehypePlugins: reviewRehypePlugins(indexDigest(process.env["INDEX_DIR"])),
    }),
  },
  security: {
    csp: {
      // One list with the server headers of deploy/ (src/lib/deploy/headers.ts).
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
    },
  },
  vite: {
    // The Open Graph cards' thread (src/lib/og/drawn-cards.ts) is a file Node runs as it is.
    define: {
      __OG_CARD_THREAD__: JSON.stringify(fileURLToPath(new URL("./src/lib/og/card-thread.ts", import.meta.url))),
    },
    // fontFallbacks first: it writes the faces into the page sheets before Tailwind reads them.
    plugins: [fontFallbacks(`${literataFiles}literata-latin-wght-normal.woff2`), tailwindcss(), lazyChunks()],
  },
});

import type { AstroIntegration } from "astro";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { getManifest } from "workbox-build";
import { sitePath } from "../lib/urls.ts";
import {
  buildId,
  EDITION_IGNORES,
  EDITION_PATTERNS,
  editionUrl,
  HASHED_NAME,
  OFFLINE_PAGE_PATH,
  shellFiles,
} from "../lib/offline/edition-files.ts";
import type { EditionFile, EditionList, WorkerConfig } from "../lib/offline/protocol.ts";

const WORKER_SOURCE = fileURLToPath(new URL("../scripts/offline/worker/service-worker.ts", import.meta.url));
/** The worker's file, at the top of the site so that its scope is the whole edition and nothing more. */
export const WORKER_PATH = "sw.js";

/** Every file of the edition with Workbox's revision and its size, addresses under `base`. */
export async function editionFiles(site: string, base: string): Promise<EditionFile[]> {
  const sizes = new Map<string, number>();
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: site,
    globPatterns: EDITION_PATTERNS,
    globIgnores: EDITION_IGNORES,
    dontCacheBustURLsMatching: HASHED_NAME,
    // A Pagefind chunk or a page is never near this; a file that is would be a mistake worth a failed build.
    maximumFileSizeToCacheInBytes: 5_000_000,
    manifestTransforms: [
      (entries) => {
        for (const entry of entries) sizes.set(entry.url, entry.size);
        return { manifest: entries };
      },
    ],
  });
  if (warnings.length) throw new Error(`Offline edition: ${warnings.join("; ")}`);
  return manifestEntries
    .map((entry) => ({
      url: editionUrl(base, entry.url),
      revision: entry.revision ?? null,
      size: sizes.get(entry.url) ?? 0,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * After Pagefind (its index is part of the edition) and before server-files (which compresses what
 * is written here): lists the edition's files into `offline/edition.<build>.json` and bundles the
 * service worker into `sw.js`, told the build's id, the base, the edition's size and the offline
 * page with what it links (the only files it fetches unasked).
 */
export default function offlineWorkerIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "offline-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = sitePath("", config.base);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await editionFiles(site, base);
        const offlinePage = sitePath(OFFLINE_PAGE_PATH, base);
        const offlineFile = files.find((file) => file.url === offlinePage);
        if (!offlineFile)
          throw new Error(`Offline edition: no offline page at ${offlinePage} (src/pages/offline.astro)`);
        const offlineHtml = await readFile(join(site, OFFLINE_PAGE_PATH, "index.html"), "utf8");
        const readScript = (file: EditionFile) => readFileSync(join(site, file.url.slice(base.length)), "utf8");
        const shell = shellFiles(offlineFile, offlineHtml, files, readScript).map(({ url, revision }) => ({
          url,
          revision,
        }));
        const id = buildId(files);
        const listPath = `offline/edition.${id}.json`;
        const list: EditionList = { build: id, files };
        await mkdir(join(site, "offline"), { recursive: true });
        await writeFile(join(site, listPath), JSON.stringify(list));
        const bytes = files.reduce((sum, file) => sum + file.size, 0);
        const config: WorkerConfig = {
          build: id,
          base,
          editionList: sitePath(listPath, base),
          bytes,
          files: files.length,
          offlinePage,
          shell,
        };
        await build({
          entryPoints: [WORKER_SOURCE],
          outfile: join(site, WORKER_PATH),
          bundle: true,
          format: "iife",
          platform: "browser",
          target: "es2022",
          minify: true,
          legalComments: "none",
          logLevel: "warning",
          // Workbox logs only in development builds; the config is the build's, nothing else.
          define: { "process.env.NODE_ENV": '"production"', __OFFLINE_CONFIG__: JSON.stringify(config) },
        });
        logger.info(
          `offline edition ${id}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; worker ${WORKER_PATH}`,
        );
      },
    },
  };
}

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { INDEX_CONFIG, pageUrl } from "../../src/integrations/pagefind.ts";

/**
 * Pagefind's time for a built site, measured apart from `astro build`, since the integration logs
 * none: does what the integration does (same options; only pages marked `data-pagefind-body`, the
 * others skipped by a string test) and writes the index to a scratch folder, leaving the site's own.
 */
export async function timePagefind(siteDir: string, scratchOut: string): Promise<{ ms: number; pages: number }> {
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
  if (!index) throw new Error(`pagefind: ${errors.join("\n")}`);
  let pages = 0;
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = await readFile(file, "utf8");
    if (!content.includes("data-pagefind-body")) continue;
    const added = await index.addHTMLFile({ url: pageUrl(path.relative(siteDir, file)), content });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("\n")}`);
    pages += 1;
  }
  await index.writeFiles({ outputPath: scratchOut });
  const ms = performance.now() - start;
  await pagefind.close();
  return { ms, pages };
}

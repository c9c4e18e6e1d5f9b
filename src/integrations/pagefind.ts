import type { AstroIntegration } from "astro";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { sitePath } from "../lib/urls.ts";

/**
 * Left out of the index although the page shows them. The notes list: its "Notes" heading would be
 * a section result of its own, and without it the notes' words would count towards the last
 * section of the text, whose link would land the reader far from them.
 */
export const INDEX_EXCLUDE_SELECTORS = ["section.footnotes"];

/** The metadata every indexed page must carry, for results to name their year and title. */
export const REQUIRED_META = ["title", "year"] as const;

/**
 * `2021/index.html` → `/2021/`, as the site is served (`build.format: "directory"`). Indexed without
 * the site's base: in the browser Pagefind puts its `baseUrl` (the base, src/scripts/search/engine.ts)
 * in front of every result's URL.
 */
export function pageUrl(relativePath: string): string {
  const path = relativePath
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");
  return sitePath(path, "/");
}

/** Why an indexed page would make poor results, or undefined when it is fine. */
export function metaProblem(url: string, meta: Record<string, string>): string | undefined {
  const missing = REQUIRED_META.filter((key) => !meta[key]?.trim());
  return missing.length ? `${url}: no ${missing.join(" or ")} in data-pagefind-meta` : undefined;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Builds the Pagefind index of the review text into `dist/pagefind/` once Astro has written the
 * site. Only pages marked `data-pagefind-body` are indexed; the build fails if Pagefind reports an
 * error, if no page is indexed, or if a page lacks its title or year.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: string[]): never => {
          throw new Error(`Pagefind: ${what}:\n  ${errors.join("\n  ")}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: INDEX_EXCLUDE_SELECTORS });
          if (!index || errors.length) return fail("could not create the index", errors);
          const problems: string[] = [];
          let pages = 0;
          for (const file of await htmlFiles(site)) {
            const content = await readFile(file, "utf8");
            if (!content.includes("data-pagefind-body")) continue;
            const url = pageUrl(relative(site, file));
            const added = await index.addHTMLFile({ url, content });
            if (added.errors.length) fail(`could not index ${url}`, added.errors);
            const problem = metaProblem(url, added.file.meta);
            if (problem) problems.push(problem);
            pages += 1;
          }
          if (problems.length) fail("pages lack metadata", problems);
          if (pages === 0) fail("no page was indexed", ["no built page carries data-pagefind-body"]);
          const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
          if (written.errors.length) fail("could not write the index", written.errors);
          logger.info(
            `indexed ${pages} page(s) into ${relative(process.cwd(), written.outputPath) || written.outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

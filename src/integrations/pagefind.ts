import type { AstroIntegration } from "astro";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { sitePath } from "../lib/urls.ts";
import { builtFiles } from "./built-files.ts";
import { buildVocabulary, VOCABULARY_PATH } from "../lib/search/vocabulary.ts";

/**
 * Pagefind's options, shared with the benchmark's timing run. Nothing on a review page is excluded
 * beyond what the page marks `data-pagefind-ignore`: the notes are indexed, each a result of its
 * own (their titles come from rehype-search-passages).
 */
export const INDEX_CONFIG: pagefind.PagefindServiceConfig = {};

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

const htmlFiles = async (dir: string) => (await builtFiles(dir)).filter((file) => file.endsWith(".html"));

/**
 * The text of every indexed page as Pagefind read it, from its fragments (gzip of
 * `pagefind_dcd` + JSON), so that "did you mean" offers exactly the words search can find.
 */
export async function indexedTexts(bundle: string): Promise<string[]> {
  const dir = join(bundle, "fragment");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".pf_fragment")).sort();
  return Promise.all(
    names.map(async (name) => {
      const json = gunzipSync(await readFile(join(dir, name)))
        .toString("utf8")
        .replace(/^pagefind_dcd/, "");
      return (JSON.parse(json) as { content: string }).content;
    }),
  );
}

/**
 * Builds the Pagefind index of the review text into `dist/pagefind/` once Astro has written the
 * site, and beside it the vocabulary for "did you mean". Only pages marked `data-pagefind-body` are
 * indexed; the build fails if Pagefind reports an error, if no page is indexed, or if a page lacks
 * its title or year.
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
          const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
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
          const vocabulary = join(site, VOCABULARY_PATH);
          await mkdir(dirname(vocabulary), { recursive: true });
          await writeFile(vocabulary, buildVocabulary(await indexedTexts(written.outputPath)));
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

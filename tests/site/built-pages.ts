import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const DIST = "dist";

/** Every HTML page of the built site, as paths relative to dist/ (e.g. `2021/index.html`). */
export function builtPages(root = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "pagefind" && name !== "_astro") walk(path);
      } else if (name.endsWith(".html")) {
        pages.push(relative(root, path));
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The URL path a built page is served at: `2021/index.html` → `/2021/` (`/base/2021/` under a base). */
export function urlPathOf(page: string, base = "/"): string {
  return base + page.replace(/index\.html$/, "");
}

/** Pages that are one template over different data: the index's entries, the themes. */
export const TEMPLATED_PAGES = [/^index\/(?!years\/)[^/]+\/index\.html$/, /^themes\/[^/]+\/index\.html$/];

/**
 * The pages a browser test visits: every page, except that of each templated kind only the
 * smallest, the median and the largest (by bytes), so a new page kind is checked without anyone
 * listing it, and the 70-odd index entries do not each cost a page load.
 */
export function sampledPages(root = DIST): string[] {
  const pages = builtPages(root);
  const sample = new Set<string | undefined>();
  for (const template of TEMPLATED_PAGES) {
    const kind = pages.filter((page) => template.test(page));
    kind.sort((a, b) => statSync(join(root, a)).size - statSync(join(root, b)).size);
    for (const page of [kind[0], kind[Math.floor(kind.length / 2)], kind.at(-1)]) sample.add(page);
  }
  return pages.filter((page) => !TEMPLATED_PAGES.some((template) => template.test(page)) || sample.has(page));
}

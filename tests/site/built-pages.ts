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

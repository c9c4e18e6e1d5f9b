import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { expect, test } from "vitest";
import { builtPages, DIST, urlPathOf } from "./built-pages.ts";

/** Ids and internal references of one built page. */
function scan(page: string) {
  const tree = fromHtml(readFileSync(join(DIST, page), "utf8"));
  const ids = new Set<string>();
  const refs: string[] = [];
  visit(tree, "element", (node) => {
    const p = node.properties;
    if (typeof p["id"] === "string") ids.add(p["id"]);
    for (const attr of ["href", "src"]) {
      const value = p[attr];
      if (typeof value === "string") refs.push(value);
    }
  });
  return { ids, refs };
}

/** The file a site path is served from, as the static host serves it. */
function fileFor(path: string): string | undefined {
  const direct = join(DIST, path);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(DIST, path, "index.html");
  return existsSync(index) ? index : undefined;
}

test("every internal link, asset and #fragment in the built site resolves", () => {
  const pages = builtPages();
  const idsByPath = new Map(pages.map((page) => [urlPathOf(page), scan(page).ids]));
  const broken: string[] = [];
  for (const page of pages) {
    const base = new URL(urlPathOf(page), "https://site.invalid");
    for (const ref of scan(page).refs) {
      const url = new URL(ref, base);
      if (url.origin !== base.origin) continue;
      const file = fileFor(decodeURIComponent(url.pathname));
      if (!file) {
        broken.push(`${page}: ${ref} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(":~:")) {
        const ids = idsByPath.get(url.pathname) ?? scan(file.slice(DIST.length + 1)).ids;
        if (!ids.has(fragment)) broken.push(`${page}: ${ref} (no element with id "${fragment}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

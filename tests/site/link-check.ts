import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { builtPages, urlPathOf } from "./built-pages.ts";

/** Ids and internal references of one built page. */
function scan(root: string, page: string) {
  const tree = fromHtml(readFileSync(join(root, page), "utf8"));
  const ids = new Set<string>();
  const refs: string[] = [];
  visit(tree, "element", (node) => {
    const p = node.properties;
    if (typeof p["id"] === "string") ids.add(p["id"]);
    for (const attr of ["href", "src", "action"]) {
      const value = p[attr];
      if (typeof value === "string") refs.push(value);
    }
  });
  return { ids, refs };
}

/** The file a site path is served from, as a static host mounted at `base` serves it. */
function fileFor(root: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const direct = join(root, inside);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(root, inside, "index.html");
  return existsSync(index) ? index : undefined;
}

/**
 * Every internal link, asset, form action and #fragment of a built site (in `root`, served under
 * `base`) that leads nowhere, as `page: reference (why)`. Text fragments (`#:~:text=`) are the
 * browser's to find and are not checked.
 */
export function brokenReferences(root: string, base = "/"): string[] {
  const pages = builtPages(root);
  const idsByPath = new Map(pages.map((page) => [urlPathOf(page, base), scan(root, page).ids]));
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(urlPathOf(page, base), "https://site.invalid");
    for (const ref of scan(root, page).refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      const file = fileFor(root, base, decodeURIComponent(url.pathname));
      if (!file) {
        broken.push(`${page}: ${ref} (no such file${url.pathname.startsWith(base) ? "" : ` under ${base}`})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(":~:")) {
        const ids = idsByPath.get(url.pathname) ?? scan(root, file.slice(root.length + 1)).ids;
        if (!ids.has(fragment)) broken.push(`${page}: ${ref} (no element with id "${fragment}")`);
      }
    }
  }
  return broken;
}

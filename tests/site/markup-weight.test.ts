import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtPages, DIST } from "./built-pages.ts";

/**
 * A page's HTML carries the text, not its styling spelt out again on every element: the furniture
 * every page has, and the whole of a year page, name what a thing is (`site-header`, `year-nav`) and
 * leave the rest to the stylesheet (src/styles/global.css, review.css).
 */
const MOST_CLASSES = 3;
const html = (page: string) => readFileSync(join(DIST, page), "utf8");
/** Class attributes with more than MOST_CLASSES names, in the part of the page given. */
const crowded = (markup: string) =>
  [...markup.matchAll(/\sclass="([^"]*)"/g)]
    .map(([, names]) => names ?? "")
    .filter((names) => names.split(/\s+/).filter(Boolean).length > MOST_CLASSES);
const furniture = (page: string) => {
  const markup = html(page);
  const part = (open: RegExp, close: string) => {
    const start = markup.search(open);
    return start < 0 ? "" : markup.slice(start, markup.indexOf(close, start) + close.length);
  };
  return [
    /<body[^>]*>\s*<a[^>]*>[^<]*<\/a>/.exec(markup)?.[0] ?? "",
    part(/<header class="site-header/, "</header>"),
    part(/<footer class="site-footer/, "</footer>"),
  ];
};

describe.each(builtPages())("%s", (page) => {
  test("the skip link, header and footer carry no strings of utility classes", () => {
    const [skip, header, footer] = furniture(page);
    expect(header, "site header").not.toBe("");
    expect(footer, "site footer").not.toBe("");
    expect(crowded(`${skip}${header}${footer}`)).toEqual([]);
  });
});

test.each(builtPages().filter((page) => /^\d{4}\/index\.html$/.test(page)))(
  "%s: no element of a year page carries more than three classes",
  (page) => {
    expect(crowded(html(page))).toEqual([]);
  },
);

import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { XMLParser } from "fast-xml-parser";
import sax from "sax";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import type { Element, Root } from "hast";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import { splitFrontmatter } from "../../src/lib/importer/read-review-markdown.ts";
import { ReviewFrontmatterSchema, type ReviewFrontmatter } from "../../src/lib/schema/review.ts";
import { PLACEHOLDER_SITE_URL as SITE_URL } from "../../src/lib/site-address.ts";
import { builtPages, DIST, urlPathOf } from "./built-pages.ts";

const built = (path: string) => readFileSync(join(DIST, path), "utf8");
const years = builtPages()
  .map((page) => /^(\d{4})\/index\.html$/.exec(page)?.[1])
  .filter((y): y is string => Boolean(y))
  .sort()
  .reverse();
const frontmatter = (year: string): ReviewFrontmatter =>
  ReviewFrontmatterSchema.parse(parseYaml(splitFrontmatter(readFileSync(`content/reviews/${year}.md`, "utf8")).yaml));
/** The elements of a page that pass a test, in document order. */
function elements(tree: Root, test: (node: Element, ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (test(child, ancestors)) found.push(child);
      walk(child, [...ancestors, child]);
    }
  };
  walk(tree, []);
  return found;
}
const hasClass = (node: Element, name: string) =>
  (node.properties["className"] as string[] | undefined)?.includes(name) ?? false;
/** Throws at the first well-formedness error: sax's strict parser is a real XML parser. */
function wellFormed(text: string): void {
  sax.parser(true).write(text).close();
}
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "url", "sitemap"].includes(name) });

describe("/rss.xml", () => {
  const feed = built("rss.xml");

  test("is well-formed RSS 2.0 whose items are the reviews, newest first, each dated, linked and described", () => {
    expect(() => wellFormed(feed)).not.toThrow();
    const { rss } = xml.parse(feed) as { rss: { "@_version": string; channel: { item: Record<string, string>[] } } };
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.item.map((item) => item["link"])).toEqual(years.map((y) => `${SITE_URL}/${y}/`));
    for (const [i, item] of rss.channel.item.entries()) {
      const data = frontmatter(years[i] ?? "");
      expect(item["title"]).toBe(data.title);
      expect(new Date(item["pubDate"] ?? "").getTime()).toBe(new Date(data.published).getTime());
      expect(item["description"]).toBe(data.lead);
    }
  });

  test("every page announces it", () => {
    for (const page of builtPages()) {
      expect(built(page), page).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });
});

test("the sitemap lists every page but the 404 and the offline page (noindex), with no build date in it", () => {
  const index = xml.parse(built("sitemap-index.xml")) as { sitemapindex: { sitemap: { loc: string }[] } };
  const listed = index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const part = xml.parse(built(new URL(loc).pathname)) as { urlset: { url: { loc: string }[] } };
    return part.urlset.url.map((url) => url.loc);
  });
  const pages = builtPages()
    .filter((page) => page !== "404.html" && page !== "offline/index.html")
    .map((page) => `${SITE_URL}${urlPathOf(page)}`);
  expect(listed.sort()).toEqual(pages.sort());
  expect(built("sitemap-0.xml")).not.toContain("lastmod");
  expect(() => wellFormed(built("sitemap-index.xml"))).not.toThrow();
  expect(() => wellFormed("<urlset><url></urlset>")).toThrow();
});

describe("/reviews.json", () => {
  const json = JSON.parse(built("reviews.json")) as {
    reviews: { year: number; sections: { id: string; url: string }[] }[];
  };

  test("validates against the JSON Schema published beside it", () => {
    const schema = JSON.parse(built("reviews.schema.json")) as object;
    expect(schema).toEqual(JSON.parse(readFileSync("tests/unit/exports/reviews.schema.json", "utf8")));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
    const validate = ajv.compile(schema);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...json, reviews: [{ year: 2021 }] })).toBe(false);
  });

  test("lists every year, and every section's address lands on an element of its page", () => {
    expect(json.reviews.map((r) => String(r.year))).toEqual(years);
    for (const review of json.reviews) {
      const html = built(`${review.year}/index.html`);
      expect(review.sections.length).toBeGreaterThan(3);
      for (const section of review.sections) {
        expect(section.url).toBe(`${SITE_URL}/${review.year}/#${section.id}`);
        expect(html).toContain(`id="${section.id}"`);
      }
    }
  });
});

describe.each(years)("the %s page", (year) => {
  const tree = fromHtml(built(`${year}/index.html`));
  const data = frontmatter(year);

  test("links the text, Markdown, EPUB, TEI and reference-manager downloads, each with its type, in its header, and the reference-manager files again in How to cite", () => {
    const links = elements(tree, (node, up) => node.tagName === "a" && up.some((a) => hasClass(a, "review-downloads")));
    const downloads = [
      [`/${year}.txt`, "text/plain"],
      [`/${year}.md`, "text/markdown"],
      [`/${year}.epub`, "application/epub+zip"],
      [`/${year}.xml`, "application/tei+xml"],
      [`/${year}.ris`, "application/x-research-info-systems"],
      [`/${year}.bib`, "application/x-bibtex"],
      [`/${year}.csl.json`, "application/vnd.citationstyles.csl+json"],
    ];
    expect(links.map((a) => [a.properties["href"], a.properties["type"]])).toEqual([
      ...downloads,
      ...downloads.slice(4),
    ]);
    const [howToCite] = elements(
      tree,
      (node, up) => hasClass(node, "how-to-cite") && up.some((a) => a.tagName === "article"),
    );
    expect(toString(howToCite ?? tree)).toContain("Chicago");
  });

  test("its Markdown download is the committed file, byte for byte", () => {
    expect(readFileSync(join(DIST, `${year}.md`)).equals(readFileSync(`content/reviews/${year}.md`))).toBe(true);
  });

  test("its text download reads as the page: title, byline, lead, every heading, notes; no Markdown", () => {
    const text = built(`${year}.txt`);
    expect(text.startsWith(`${data.title}\n\n`)).toBe(true);
    expect(text).toContain(data.author.role);
    expect(text).toContain(`\n\n${data.lead}\n\n`);
    const headings = elements(
      tree,
      (node, up) => /^h[23]$/.test(node.tagName) && up.some((a) => hasClass(a, "review-text")),
    );
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) {
      const words = toString(heading).replace(/#$/, "").trim();
      expect(text).toContain(`\n\n${words}\n\n`);
    }
    expect(text).not.toMatch(/^#|\*\*|\[\^|^::|¶/m);
  });
});

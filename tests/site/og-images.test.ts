import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { expect, test } from "vitest";
import { PLACEHOLDER_SITE_URL } from "../../src/lib/site-address.ts";
import { builtPages, DIST } from "./built-pages.ts";

/** The page's link-preview tags: `og:…` and `twitter:…` meta, by property or name. */
function previewTags(page: string): Map<string, string> {
  const tags = new Map<string, string>();
  visit(fromHtml(readFileSync(join(DIST, page), "utf8")), "element", (node) => {
    const key = node.properties["property"] ?? node.properties["name"];
    const content = node.properties["content"];
    if (node.tagName === "meta" && typeof key === "string" && typeof content === "string") tags.set(key, content);
  });
  return tags;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("every page has a large link preview: its own 1200×630 PNG (≤ 80 KB) at an absolute address, with size and alt", () => {
  const images = new Map<string, string>();
  for (const page of builtPages()) {
    const tags = previewTags(page);
    const image = tags.get("og:image") ?? "";
    expect(image, page).toMatch(new RegExp(`^${PLACEHOLDER_SITE_URL.replace(/\./g, "\\.")}/og/.+\\.png$`));
    expect([tags.get("og:image:width"), tags.get("og:image:height")], page).toEqual(["1200", "630"]);
    expect(tags.get("og:image:type"), page).toBe("image/png");
    expect(tags.get("og:image:alt")?.length ?? 0, page).toBeGreaterThan(10);
    expect(tags.get("twitter:card"), page).toBe("summary_large_image");
    const file = join(DIST, new URL(image).pathname);
    expect(existsSync(file), `${page}: ${image} was not built`).toBe(true);
    images.set(page, image);
  }
  // One image per page (the 404 page, reached at any address, shows the home page's), except the
  // index of names and the compare pages, whose pages share one each (src/lib/og/og-cards.ts).
  const shared = (prefix: string) => new Set([...images].filter(([page]) => page.startsWith(prefix)).map(([, i]) => i));
  expect(shared("index/")).toEqual(new Set([`${PLACEHOLDER_SITE_URL}/og/index-of-names.png`]));
  expect(shared("compare/")).toEqual(new Set([`${PLACEHOLDER_SITE_URL}/og/compare.png`]));
  // The 404 and the offline page are shown, never shared: they use the edition's card.
  const own = [...images].filter(
    ([page]) =>
      page !== "404.html" &&
      page !== "offline/index.html" &&
      !page.startsWith("index/") &&
      !page.startsWith("compare/"),
  );
  expect(new Set(own.map(([, image]) => image)).size).toBe(own.length);
  for (const image of new Set(images.values())) {
    const png = readFileSync(join(DIST, new URL(image).pathname));
    expect(pngSize(png), image).toEqual({ width: 1200, height: 630 });
    expect(png.length, image).toBeLessThanOrEqual(80_000);
  }
});

test("a review's image is described by its year, title and issue", () => {
  const tags = previewTags("2021/index.html");
  expect(tags.get("og:image")).toBe(`${PLACEHOLDER_SITE_URL}/og/2021.png`);
  expect(tags.get("og:image:alt")).toMatch(
    /^2021: Viet Nam’s diplomatic highlights in 2021.*Communist Review No\. 984 \(February 2022\)/,
  );
});

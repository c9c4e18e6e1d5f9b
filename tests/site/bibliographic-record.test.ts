import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import type { Element, Root } from "hast";
import { describe, expect, test } from "vitest";
import type { CslItem } from "../../src/lib/bibliography/csl-item.ts";
import { CITATION_FORMS, CITATION_STYLES } from "../../src/lib/citation/citation-styles.ts";
import { renderCitation, renderEntry } from "../../src/lib/citation/citeproc-render.ts";
import type { CiteDialogData } from "../../src/lib/citation/dialog-data.ts";
import { plainText } from "../../src/lib/citation/rich-text.ts";
import { PLACEHOLDER_SITE_URL as SITE_URL } from "../../src/lib/site-address.ts";
import { SHARED_SHEETS } from "../unit/citation/support/shared-styles.ts";
import { DIST } from "./built-pages.ts";

const built = (path: string) => readFileSync(join(DIST, path), "utf8");

function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}
const meta = (tree: Root) =>
  Object.fromEntries(
    elements(tree, (node) => node.tagName === "meta" && typeof node.properties["name"] === "string").map((node) => [
      String(node.properties["name"]),
      String(node.properties["content"]),
    ]),
  );

const REVIEWS = [
  { year: 2021, issue: "984", date: "2022/02", online: "2022/07/20" },
  { year: 2022, issue: "1006", date: "2023/01", online: "2024/01/08" },
];

describe.each(REVIEWS)("the $year page", { timeout: 300_000 }, ({ year, issue, date, online }) => {
  const tree = fromHtml(built(`${year}/index.html`));
  const [item] = JSON.parse(built(`${year}.csl.json`)) as CslItem[];

  test("carries Highwire Press tags as Zotero and Google Scholar read them", () => {
    expect(meta(tree)).toMatchObject({
      citation_title: item?.title,
      citation_author: "Bùi, Thanh Sơn",
      citation_journal_title: "Communist Review",
      citation_issue: issue,
      citation_publication_date: date,
      citation_online_date: online,
      citation_language: "en",
      citation_fulltext_html_url: `${SITE_URL}/${year}/`,
    });
  });

  test("carries JSON-LD: a ScholarlyArticle by a Person with family and given names, in an issue of the Periodical", () => {
    const [ld] = elements(
      tree,
      (node) => node.tagName === "script" && node.properties["type"] === "application/ld+json",
    );
    expect(JSON.parse(toString(ld ?? tree))).toMatchObject({
      "@type": "ScholarlyArticle",
      headline: item?.title,
      author: { "@type": "Person", familyName: "Bùi", givenName: "Thanh Sơn" },
      isPartOf: { "@type": "PublicationIssue", issueNumber: issue, isPartOf: { "@type": "Periodical" } },
    });
  });

  test("shows, in How to cite and in the dialog's cite.json, citeproc-js's renderings of its CSL-JSON file with the official styles", () => {
    if (!item) throw new Error(`dist/${year}.csl.json holds no item`);
    const [howToCite] = elements(
      tree,
      (node) => node.tagName === "section" && node.properties["dataCite"] !== undefined,
    );
    // The page names the dialog's file; the file is there, and its address is the year's.
    expect(howToCite?.properties["dataCite"]).toBe(`/${year}/cite.json`);
    const data = JSON.parse(built(`${year}/cite.json`)) as CiteDialogData;
    expect(data.url).toBe(`${SITE_URL}/${year}/`);
    const shown = elements(tree, (node) => node.tagName === "dd").map((dd) => toString(dd));
    for (const form of CITATION_FORMS) {
      // APA inverts every name: the same item without the name's own order (README, "How a citation is made").
      const styleItem =
        CITATION_STYLES[form.style].nameOrder === "inverted"
          ? { ...item, author: (item.author ?? []).map(({ family, given }) => ({ family, given })) }
          : item;
      const sheet = SHARED_SHEETS[form.style];
      const official = plainText(
        form.kind === "entry"
          ? renderEntry(sheet, styleItem)
          : renderCitation(sheet, styleItem, { subsequent: form.kind === "short-note" }),
      );
      const ours = plainText(data.templates.review[form.key] ?? []);
      expect(ours.replace(/\[([^\]]+)\]/, "$1"), form.key).toBe(official);
      expect(shown, form.key).toContain(ours);
    }
  });
});

describe("the home page and the files", () => {
  test("the home page has one COinS span per review and no Highwire tags, so Zotero offers them together", () => {
    const tree = fromHtml(built("index.html"));
    const spans = elements(tree, (node) => node.tagName === "span" && String(node.properties["className"]) === "Z3988");
    const objects = spans.map((span) => new URLSearchParams(String(span.properties["title"])));
    expect(
      objects.map((o) => [o.get("rft.issue"), o.get("rft.date"), o.get("rft.aulast"), o.get("rft.aufirst")]),
    ).toEqual([
      ["1006", "2023-01", "Bùi", "Thanh Sơn"],
      ["984", "2022-02", "Bùi", "Thanh Sơn"],
    ]);
    expect(objects.every((o) => o.get("rft_val_fmt") === "info:ofi/fmt:kev:mtx:journal")).toBe(true);
    expect(Object.keys(meta(tree)).filter((name) => name.startsWith("citation_"))).toEqual([]);
  });

  test("_headers serves each RIS, BibTeX and CSL-JSON file of the build with its MIME type", () => {
    const headers = built("_headers");
    for (const file of ["2021", "2022", "reviews"]) {
      expect(headers).toContain(`/${file}.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8`);
      expect(headers).toContain(`/${file}.bib\n  Content-Type: application/x-bibtex; charset=utf-8`);
      expect(headers).toContain(
        `/${file}.csl.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8`,
      );
    }
  });

  test("the edition's files hold every review, newest first", () => {
    expect((JSON.parse(built("reviews.csl.json")) as CslItem[]).map((i) => i.issue)).toEqual(["1006", "984"]);
    expect(built("reviews.ris").match(/^TY {2}- JOUR\r$/gm)).toHaveLength(2);
    expect(built("reviews.bib").match(/^@article\{/gm)).toHaveLength(2);
  });
});

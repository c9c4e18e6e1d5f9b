import { unified } from "unified";
import rehypeStringify from "rehype-stringify";
import { describe, expect, test } from "vitest";
import { rehypeAbbreviations } from "../../../src/lib/markdown/rehype-abbreviations.ts";
import { abbreviationsOf } from "../../../src/lib/name-index/abbreviations.ts";
import { readIndexFile } from "../../../src/lib/name-index/index-files.ts";
import { readerText } from "../../../src/lib/passages/review-text.ts";
import { fromHtml } from "hast-util-from-html";
import { render } from "./render.ts";

const abbreviations = [
  { form: "UN", expansion: "United Nations", editorial: true },
  { form: "ILC", expansion: "International Law Commission", editorial: false },
  { form: "FTAs", expansion: "Free Trade Agreements", editorial: false },
];

async function expand(html: string): Promise<string> {
  const tree = fromHtml(html, { fragment: true });
  rehypeAbbreviations({ abbreviations: () => abbreviations })(tree);
  return Promise.resolve(unified().use(rehypeStringify).stringify(tree));
}

describe("rehype-abbreviations", () => {
  test("the first use carries its expansion, as apparatus; later uses stay as printed", async () => {
    const html = await expand("<p>The UN met.</p><p>The UN again, and UNESCO.</p>");
    expect(html).toBe(
      '<p>The <abbr class="abbr" tabindex="0">UN<span class="abbr-expansion" data-pagefind-ignore="">' +
        " (United Nations — the editors’ expansion)</span></abbr> met.</p><p>The UN again, and UNESCO.</p>",
    );
  });

  test("the expansion is not the reader's text: the passage reads as printed", async () => {
    const html = await expand("<p>The UN met.</p>");
    expect(readerText(fromHtml(html, { fragment: true }))).toBe("The UN met.");
  });

  test("where the text prints the expansion just before, only a title is added", async () => {
    expect(await expand("<p>the International Law Commission (ILC), and free trade agreements (FTAs)</p>")).toBe(
      '<p>the International Law Commission (<abbr title="International Law Commission">ILC</abbr>), and free trade ' +
        'agreements (<abbr title="Free Trade Agreements">FTAs</abbr>)</p>',
    );
  });

  test("headings and links are left alone", async () => {
    const html = await expand('<h2>The UN</h2><p><a href="#x">UN</a> and the UN</p>');
    expect(html).toContain("<h2>The UN</h2>");
    expect(html).toContain('<a href="#x">UN</a> and the <abbr class="abbr"');
  });

  test("the index gives the abbreviations: forms shorter than the expansion, not a spelling of it", () => {
    const entries = readIndexFile(
      "kind: term\nentries:\n  - slug: ftas\n    heading: FTAs\n    caseInsensitive: true\n" +
        "    forms: [free trade agreements, FTAs]\n    expansion: Free Trade Agreements\n",
      "terms.yaml",
    );
    expect(abbreviationsOf(entries)).toEqual([{ form: "FTAs", expansion: "Free Trade Agreements", editorial: false }]);
  });

  test("the site's pipeline expands the shipped index's abbreviations in a review", async () => {
    const { html } = await render("Viet Nam joined ASEAN. ASEAN grew.");
    expect(html.match(/<abbr/g)).toHaveLength(1);
    expect(html).toContain("Association of Southeast Asian Nations — the editors’ expansion");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cslItem } from "../../../src/lib/bibliography/csl-item.ts";
import {
  BUILD_STYLE_SHEETS,
  CITATION_FORMS,
  CITATION_STYLES,
  LOCALE_FILE,
  STYLE_NAMES,
} from "../../../src/lib/citation/citation-styles.ts";
import { renderCitation, renderEntry } from "../../../src/lib/citation/citeproc-render.ts";
import { fillTemplate, locatorOf, type CitationTarget } from "../../../src/lib/citation/fill-citation.ts";
import { citationTemplates, renderForms } from "../../../src/lib/citation/review-citations.ts";
import { plainText, type RichText } from "../../../src/lib/citation/rich-text.ts";
import { realRecord, SHARED_SHEETS, sharedFile } from "./support/shared-styles.ts";

/** The editors' brackets are the one allowed difference from citeproc-js: take them out to compare. */
const withoutBrackets = (text: RichText) => plainText(text).replace(/\[([^\]]+)\]/, "$1");

/** Lines where two files differ, as `line n: build … | shared …`, so a failure shows where. */
function differences(build: string, shared: string): string[] {
  const a = build.split("\n");
  const b = shared.split("\n");
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i)
    .filter((i) => a[i] !== b[i])
    .slice(0, 10)
    .map((i) => `line ${i + 1}: build ${JSON.stringify(a[i])} | shared ${JSON.stringify(b[i])}`);
}

/** Every section or point title of a review and its paragraph count, read from its Markdown and anchors. */
function placesOf(year: number): CitationTarget[] {
  const markdown = readFileSync(`content/reviews/${year}.md`, "utf8");
  const headings = [...markdown.matchAll(/^#{2,3} (.+)$/gm), ...markdown.matchAll(/^\*\*(.+?)\*\*/gm)].map(
    ([, title = ""]) => title.replaceAll("\\", ""),
  );
  const ids = (JSON.parse(readFileSync(`content/anchors/${year}.json`, "utf8")) as { ids: string[] }).ids;
  const paragraphs = ids.filter((id) => /^p-\d+$/.test(id)).map((id) => Number(id.slice(2)));
  return [
    ...headings.map((title, i): CitationTarget => ({ kind: "section", id: `s-${i}`, title })),
    ...paragraphs.map((number): CitationTarget => ({ kind: "paragraph", id: `p-${number}`, number })),
  ];
}

describe("the build's copies of the official CSL files", () => {
  it.each([...STYLE_NAMES.map((name) => CITATION_STYLES[name].file), LOCALE_FILE])(
    "content/csl/%s is the file in ../shared/reference/csl/, unmodified",
    (file) => {
      expect(differences(readFileSync(`content/csl/${file}`, "utf8"), sharedFile(file))).toEqual([]);
    },
  );
});

describe.each([2021, 2022])("the citations of the %i review", { timeout: 300_000 }, (year) => {
  const record = realRecord(year);
  const templates = citationTemplates(record, BUILD_STYLE_SHEETS);

  it("are citeproc-js's renderings with the official styles of the downloadable item, brackets aside", () => {
    for (const form of CITATION_FORMS) {
      const style = CITATION_STYLES[form.style];
      const item = cslItem(record, style.nameOrder);
      const sheet = SHARED_SHEETS[form.style];
      const official =
        form.kind === "entry"
          ? renderEntry(sheet, item)
          : renderCitation(sheet, item, { subsequent: form.kind === "short-note" });
      expect(withoutBrackets(templates.review[form.key] ?? []), form.key).toBe(plainText(official));
    }
  });

  it("give the name in its own order for Chicago and MLA, inverted with initials for APA, bracketed as the editors'", () => {
    const text = (key: string) => plainText(templates.review[key] ?? []);
    expect(text("chicago-note")).toMatch(/^\[Bùi Thanh Sơn\], “/);
    expect(text("chicago-short-note")).toMatch(/^\[Bùi\], “/);
    expect(text("chicago-bibliography")).toMatch(/^\[Bùi Thanh Sơn\]\. “/);
    expect(text("apa-reference")).toMatch(new RegExp(`^\\[Bùi, T\\. S\\.\\] \\(${record.issued.year}\\)\\. `));
    expect(text("apa-in-text")).toBe(`([Bùi], ${record.issued.year})`);
    expect(text("mla-works-cited")).toMatch(/^\[Bùi Thanh Sơn\]\. “/);
    expect(text("mla-in-text")).toBe("([Bùi])");
    expect(text("chicago-bibliography")).toContain(`Communist Review, no. ${record.issue} (${record.issueDate}).`);
  });

  it("keep the entries free of any locator, which goes into the notes and in-text citations", () => {
    expect(Object.keys(templates.paragraph)).toEqual(
      CITATION_FORMS.filter((form) => form.kind !== "entry").map((form) => form.key),
    );
    const paragraph: CitationTarget = { kind: "paragraph", id: "p-12", number: 12 };
    const forms = renderForms(record, SHARED_SHEETS, paragraph);
    expect(plainText(forms["apa-in-text"] ?? [])).toBe(`([Bùi], ${record.issued.year}, para. 12)`);
    expect(plainText(forms["mla-in-text"] ?? [])).toBe("([Bùi], par. 12)");
    expect(plainText(forms["chicago-short-note"] ?? [])).toMatch(/,” para\. 12\.$/);
    for (const key of ["chicago-bibliography", "apa-reference", "mla-works-cited"])
      expect(plainText(forms[key] ?? [])).not.toMatch(/para\.|par\.|sec\./);
  });

  it("for every paragraph and section, filled in the dialog's way, equal citeproc-js's own rendering", () => {
    const places = placesOf(year);
    expect(places.filter((place) => place.kind === "section").length).toBeGreaterThan(5);
    expect(places.filter((place) => place.kind === "paragraph").length).toBeGreaterThan(20);
    for (const place of places) {
      if (place.kind === "review") continue;
      const direct = renderForms(record, SHARED_SHEETS, place);
      for (const [key, template] of Object.entries(templates[place.kind])) {
        expect(plainText(fillTemplate(template, place)), `${key} for ${JSON.stringify(locatorOf(place))}`).toBe(
          plainText(direct[key] ?? []),
        );
      }
    }
  });
});

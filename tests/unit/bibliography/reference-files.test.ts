import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { bibtexFile } from "../../../src/lib/bibliography/bibtex.ts";
import { cslItem, cslJson } from "../../../src/lib/bibliography/csl-item.ts";
import { risFile } from "../../../src/lib/bibliography/ris.ts";
import { realRecord, sharedFile } from "../citation/support/shared-styles.ts";

const records = [realRecord(2022), realRecord(2021)];

/** What a reference manager must get back from a file: the record's fields as CSL names them. */
function core(item: Record<string, unknown>) {
  const { type, title, issue, issued, URL, language, author } = item;
  return { type, title, "container-title": item["container-title"], issue, issued, URL, language, author };
}

/** The downloadable item without the name order only citeproc-js reads (RIS and BibTeX have no place for it). */
function expected(index: number) {
  const record = records[index];
  if (!record) throw new Error("no such record");
  const item = cslItem(record, "inverted");
  return core({ ...item });
}

describe("the reference-manager files", () => {
  it("CSL-JSON validates against the CSL data schema (../shared/reference/csl/csl-data.json)", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(sharedFile("csl-data.json")) as object);
    const data: unknown = JSON.parse(cslJson(records));
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data).toMatchObject([
      { type: "article-journal", issue: "1006", issued: { "date-parts": [[2023, 1]] } },
      {
        type: "article-journal",
        issue: "984",
        author: [{ family: "Bùi", given: "Thanh Sơn", "static-ordering": true }],
      },
    ]);
  });

  it("RIS parses back (citation-js) into the same record: journal article, Bùi / Thanh Sơn, issue, print month, address", () => {
    const parsed = new Cite(risFile(records)).data as Record<string, unknown>[];
    expect(parsed.map(core)).toEqual([expected(0), expected(1)]);
    expect(String(parsed[1]?.["note"])).toContain("the name is supplied by the editors");
    expect(String(parsed[1]?.["note"])).toContain("Published online 2022-07-20.");
  });

  it("BibTeX parses back (citation-js) into the same record", () => {
    const parsed = new Cite(bibtexFile(records)).data as Record<string, unknown>[];
    expect(parsed.map(core)).toEqual([expected(0), expected(1)]);
    expect(parsed.map((item) => item["id"])).toEqual(["CommunistReview1006", "CommunistReview984"]);
  });

  it("RIS has the author in the comma form and one line per tag, CRLF ended", () => {
    const ris = risFile(records);
    expect(ris).toContain("\r\nAU  - Bùi, Thanh Sơn\r\n");
    expect(ris.split("\r\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
  });
});

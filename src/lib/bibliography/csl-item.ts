import { onlineDate, type ReviewRecord } from "./review-record.ts";

/**
 * A review's record as one CSL-JSON item (the CSL data schema's fields only), the form citeproc-js
 * renders and reference managers import. Type `article-journal`: the Communist Review is a numbered
 * journal ("no. 984 (February 2022)"), dated by its print issue; the online date is `available-date`.
 */
export interface CslItem {
  id: string;
  type: "article-journal";
  title: string;
  "container-title": string;
  issue: string;
  author?: CslName[];
  issued: { "date-parts": [[number, number]] };
  "available-date": { "date-parts": [[number, number, number]] };
  URL: string;
  language: string;
  /** Where the text is read: this edition (MLA names it as the second container). */
  source: string;
  /** What the fields cannot hold: whose the name is, the publisher's own address. */
  note?: string;
}

export interface CslName {
  family: string;
  given: string;
  /** The name keeps its written order, family first, with no comma (CSL's static ordering). */
  "static-ordering"?: boolean;
}

/**
 * `as-written` keeps a family-first name in its own order ("Bùi Thanh Sơn"): the item offered for
 * download, and the one Chicago and MLA render. `inverted` is the same item for styles that invert
 * every name and shorten the given names (APA: "Bùi, T. S.").
 */
export type NameOrder = "as-written" | "inverted";

export function cslItem(record: ReviewRecord, order: NameOrder = "as-written"): CslItem {
  const { name } = record.author;
  const note = editorsNote(record);
  return {
    id: record.id,
    type: "article-journal",
    title: record.title,
    "container-title": record.container,
    issue: String(record.issue),
    ...(name
      ? {
          author: [
            {
              family: name.family,
              given: name.given,
              ...(name.familyFirst && order === "as-written" ? { "static-ordering": true } : {}),
            },
          ],
        }
      : {}),
    issued: { "date-parts": [[record.issued.year, record.issued.month]] },
    "available-date": { "date-parts": [onlineDate(record)] },
    URL: record.url,
    language: record.language,
    source: record.editionTitle,
    ...(note ? { note } : {}),
  };
}

/** The editors' note on the name, and the publisher's address: kept in every file that has a place for them. */
export function editorsNote(record: ReviewRecord): string {
  const { author, publisherUrl } = record;
  const parts = [
    author.isEditorial
      ? `The article prints only the author’s role (${author.role}); the name is supplied by the editors.`
      : "",
    publisherUrl ? `Published online by the ${record.container}: ${publisherUrl}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

/** CSL-JSON as reference managers import it: an array of items. */
export function cslJson(records: readonly ReviewRecord[]): string {
  return `${JSON.stringify(
    records.map((record) => cslItem(record)),
    null,
    2,
  )}\n`;
}

import { editorsNote } from "./csl-item.ts";
import { onlineDate, type ReviewRecord } from "./review-record.ts";

/**
 * RIS (`application/x-research-info-systems`), the tagged format every reference manager imports:
 * one `JOUR` record per review. The author in the comma form, `Bùi, Thanh Sơn`, which readers of
 * RIS split into family and given names; the print month as `PY`/`DA`; the online date, the editors'
 * note and the publisher's address in `N1`, which has no field of its own for them.
 */
export function risRecord(record: ReviewRecord): string {
  const [year, month, day] = onlineDate(record);
  const { name } = record.author;
  const issued = `${record.issued.year}/${pad(record.issued.month)}//`;
  const tags: [string, string][] = [
    ["TY", "JOUR"],
    ...(name ? [["AU", `${name.family}, ${name.given}`] as [string, string]] : []),
    ["TI", record.title],
    ["T2", record.container],
    ["IS", String(record.issue)],
    ["PY", String(record.issued.year)],
    ["DA", issued],
    ["LA", record.language],
    ["UR", record.url],
    ["DB", record.editionTitle],
    ["N1", [`Published online ${year}-${pad(month)}-${pad(day)}.`, editorsNote(record)].filter(Boolean).join(" ")],
    ["ER", ""],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd()).join("\r\n");
}

/** A file of records, as RIS wants it: CRLF line ends, a blank line between records. */
export function risFile(records: readonly ReviewRecord[]): string {
  return `${records.map(risRecord).join("\r\n\r\n")}\r\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A tag's value is one line: a line break would start a tag of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

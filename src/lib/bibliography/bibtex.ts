import { editorsNote } from "./csl-item.ts";
import { onlineDate, type ReviewRecord } from "./review-record.ts";

/**
 * BibTeX (`application/x-bibtex`): one `@article` per review, UTF-8 (biber and BibTeX with
 * inputenc read it). The author in the comma form so the family name is `Bùi`; the title in double
 * braces so a style keeps its case as published; the print month as `year`/`month`.
 */
export function bibtexEntry(record: ReviewRecord): string {
  const { name } = record.author;
  const [year, month, day] = onlineDate(record);
  const note = [`Published online ${year}-${pad(month)}-${pad(day)}.`, editorsNote(record)].filter(Boolean).join(" ");
  const fields: [string, string][] = [
    ...(name ? [["author", `{${escapeBibtex(`${name.family}, ${name.given}`)}}`] as [string, string]] : []),
    ["title", `{{${escapeBibtex(record.title)}}}`],
    ["journal", `{${escapeBibtex(record.container)}}`],
    ["number", `{${record.issue}}`],
    ["year", `{${record.issued.year}}`],
    ["month", BIBTEX_MONTHS[record.issued.month - 1] ?? `{${record.issued.month}}`],
    ["url", `{${bibtexUrl(record.url)}}`],
    ["language", `{${record.language}}`],
    ["note", `{${escapeBibtex(note)}}`],
  ];
  return `@article{${record.id},\n${fields.map(([key, value]) => `  ${key} = ${value},`).join("\n")}\n}\n`;
}

export function bibtexFile(records: readonly ReviewRecord[]): string {
  return records.map(bibtexEntry).join("\n");
}

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** Characters BibTeX and LaTeX read as syntax, written as text. */
export function escapeBibtex(text: string): string {
  const map: Record<string, string> = {
    "\\": "\\textbackslash{}",
    "{": "\\{",
    "}": "\\}",
    $: "\\$",
    "&": "\\&",
    "%": "\\%",
    "#": "\\#",
    _: "\\_",
    "^": "\\^{}",
    "~": "\\~{}",
  };
  return text.replace(/[\\{}$&%#_^~]/g, (c) => map[c] ?? c);
}

/** A URL kept verbatim for `url` fields, with the few characters that would break the entry encoded. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

import { bibtexFile } from "./bibtex.ts";
import { cslJson } from "./csl-item.ts";
import type { ReviewRecord } from "./review-record.ts";
import { risFile } from "./ris.ts";

/** The files a reference manager imports, each with its MIME type and the extension it is served under. */
export const REFERENCE_FORMATS = [
  { name: "RIS", extension: "ris", type: "application/x-research-info-systems", write: risFile },
  { name: "BibTeX", extension: "bib", type: "application/x-bibtex", write: bibtexFile },
  { name: "CSL-JSON", extension: "csl.json", type: "application/vnd.citationstyles.csl+json", write: cslJson },
] as const satisfies readonly {
  name: string;
  extension: string;
  type: string;
  write: (records: readonly ReviewRecord[]) => string;
}[];

export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

/** A review's file, `2021.ris`, or the whole edition's, `reviews.ris` (pass to sitePath). */
export function referenceFilePath(format: ReferenceFormat, year?: number): string {
  return `${year ?? "reviews"}.${format.extension}`;
}

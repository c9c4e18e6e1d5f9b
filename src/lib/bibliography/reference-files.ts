import { bibtexFile } from "./bibtex.ts";
import { cslJson } from "./csl-item.ts";
import { REFERENCE_TYPES, type ReferenceType } from "./reference-types.ts";
import type { ReviewRecord } from "./review-record.ts";
import { risFile } from "./ris.ts";

/** Each reference-manager file's writer, in the order of REFERENCE_TYPES. */
const WRITERS: Record<ReferenceType["extension"], (records: readonly ReviewRecord[]) => string> = {
  ris: risFile,
  bib: bibtexFile,
  "csl.json": cslJson,
};

export const REFERENCE_FORMATS = REFERENCE_TYPES.map((type) => ({ ...type, write: WRITERS[type.extension] }));

/** A review's file, `2021.ris`, or the whole edition's, `reviews.ris` (pass to sitePath). */
export function referenceFilePath(format: ReferenceType, year?: number): string {
  return `${year ?? "reviews"}.${format.extension}`;
}

/**
 * The reference-manager files' extensions and MIME types: data only, so the deploy headers
 * (src/lib/deploy/) can serve them right without loading the writers.
 */
export const REFERENCE_TYPES = [
  { name: "RIS", extension: "ris", type: "application/x-research-info-systems" },
  { name: "BibTeX", extension: "bib", type: "application/x-bibtex" },
  { name: "CSL-JSON", extension: "csl.json", type: "application/vnd.citationstyles.csl+json" },
] as const;

export type ReferenceType = (typeof REFERENCE_TYPES)[number];

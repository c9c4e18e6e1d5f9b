import { REFERENCE_TYPES } from "../bibliography/reference-types.ts";
import type { ReviewRecord } from "../bibliography/review-record.ts";
import { sitePath } from "../urls.ts";
import { BUILD_STYLE_SHEETS, CITATION_FORMS } from "./citation-styles.ts";
import type { CiteDialogData } from "./dialog-data.ts";
import { citationTemplates } from "./review-citations.ts";

/** The reference-manager files of one review, as the page and the dialog link them. */
export function referenceLinks(year: number): CiteDialogData["files"] {
  return REFERENCE_TYPES.map((format) => ({
    name: format.name,
    href: sitePath(`${year}.${format.extension}`),
    type: format.type,
    download: `viet-nam-diplomacy-${year}.${format.extension}`,
  }));
}

/** The editors' word on a name the article does not print, shown wherever the bracketed name is. */
export function editorialNameNote(record: ReviewRecord): string | undefined {
  const { name, isEditorial, role } = record.author;
  if (!name || !isEditorial) return undefined;
  return `The article prints only the author’s role (${role}); the name in square brackets, ${name.asWritten}, is supplied by the editors.`;
}

/** Where a year's Cite dialog data is (src/pages/[year]/cite.json.ts), under `base`. */
export function citeDataPath(year: number): string {
  return sitePath(`${year}/cite.json`);
}

/** What the Cite dialog shows (`<year>/cite.json`), every string made by citeproc-js at build time. */
export function reviewCiteData(record: ReviewRecord): CiteDialogData {
  const note = editorialNameNote(record);
  return {
    url: record.url,
    title: record.title,
    forms: CITATION_FORMS.map(({ key, label }) => ({ key, label })),
    templates: citationTemplates(record, BUILD_STYLE_SHEETS),
    files: referenceLinks(record.year),
    ...(note ? { note } : {}),
  };
}

import type { RichText } from "./rich-text.ts";

/**
 * What the Cite dialog fetches from the year's `cite.json` (src/pages/[year]/cite.json.ts): every citation string,
 * made at build time by citeproc-js (review-citations.ts), the reference-manager files to link, and
 * nothing the dialog would have to compute but a paragraph's number or a section's title.
 */
export interface CiteDialogData {
  /** The review's permanent address; a section's or paragraph's adds its anchor. */
  url: string;
  title: string;
  /** The forms in the order shown: key into the templates, and the name shown. */
  forms: { key: string; label: string }[];
  templates: {
    review: Record<string, RichText>;
    paragraph: Record<string, RichText>;
    section: Record<string, RichText>;
  };
  files: { name: string; href: string; type: string; download: string }[];
  /** Why the name is in brackets, when it is. */
  note?: string;
}

import type { NameOrder } from "../bibliography/csl-item.ts";
import type { StyleSheet } from "./citeproc-render.ts";
import apa from "../../../content/csl/apa.csl?raw";
import chicago from "../../../content/csl/chicago-notes-bibliography.csl?raw";
import localeEnUs from "../../../content/csl/locales-en-US.xml?raw";
import mla from "../../../content/csl/modern-language-association.csl?raw";

/**
 * The citation styles the edition offers: the CSL project's official files, unmodified, kept in
 * content/csl/ (see SOURCES.md there). To offer another style, add its .csl file there and an entry
 * here and in CITATION_FORMS.
 */
export const STYLE_NAMES = ["chicago", "apa", "mla"] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

export interface CitationStyle {
  /** The style's file in content/csl/, named as in the CSL styles repository. */
  file: string;
  /** As the page names it. */
  label: string;
  /** How the author's name goes into the item this style renders (see csl-item.ts). */
  nameOrder: NameOrder;
}

export const CITATION_STYLES: Record<StyleName, CitationStyle> = {
  chicago: {
    file: "chicago-notes-bibliography.csl",
    label: "Chicago (18th ed., notes and bibliography)",
    nameOrder: "as-written",
  },
  apa: { file: "apa.csl", label: "APA (7th ed.)", nameOrder: "inverted" },
  mla: { file: "modern-language-association.csl", label: "MLA (9th ed.)", nameOrder: "as-written" },
};

/** The en-US locale every style is rendered in. */
export const LOCALE_FILE = "locales-en-US.xml";

/** The styles as the build reads them: bundled from content/csl/, never fetched. */
export const BUILD_STYLE_SHEETS: Record<StyleName, StyleSheet> = {
  chicago: { style: chicago, locale: localeEnUs },
  apa: { style: apa, locale: localeEnUs },
  mla: { style: mla, locale: localeEnUs },
};

/** What a form is: an entry of a bibliography (never with a locator), a note, a short note, an in-text citation. */
export type FormKind = "entry" | "note" | "short-note" | "in-text";

export interface CitationForm {
  key: string;
  style: StyleName;
  kind: FormKind;
  /** As the page and the dialog name it. */
  label: string;
}

/** Every form the page and the dialog show, in their order. */
export const CITATION_FORMS: readonly CitationForm[] = [
  { key: "chicago-note", style: "chicago", kind: "note", label: "Chicago, note" },
  { key: "chicago-short-note", style: "chicago", kind: "short-note", label: "Chicago, short note" },
  { key: "chicago-bibliography", style: "chicago", kind: "entry", label: "Chicago, bibliography" },
  { key: "apa-reference", style: "apa", kind: "entry", label: "APA, reference list" },
  { key: "apa-in-text", style: "apa", kind: "in-text", label: "APA, in the text" },
  { key: "mla-works-cited", style: "mla", kind: "entry", label: "MLA, works cited" },
  { key: "mla-in-text", style: "mla", kind: "in-text", label: "MLA, in the text" },
];

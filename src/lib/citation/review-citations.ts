import { cslItem } from "../bibliography/csl-item.ts";
import type { ReviewRecord } from "../bibliography/review-record.ts";
import { CITATION_FORMS, CITATION_STYLES, type CitationForm, type StyleName } from "./citation-styles.ts";
import { renderCitation, renderEntry, type StyleSheet } from "./citeproc-render.ts";
import { locatorOf, PLACEHOLDERS, type CitationTarget } from "./fill-citation.ts";
import type { RichText } from "./rich-text.ts";

export type { CitationTarget } from "./fill-citation.ts";

/** One form of the citation of a target, as citeproc-js renders it, with the editors' brackets added. */
export function renderForm(
  record: ReviewRecord,
  sheets: Record<StyleName, StyleSheet>,
  form: CitationForm,
  target: CitationTarget,
): RichText {
  const item = cslItem(record, CITATION_STYLES[form.style].nameOrder);
  const sheet = sheets[form.style];
  const locator = locatorOf(target);
  const text =
    form.kind === "entry"
      ? renderEntry(sheet, item)
      : renderCitation(sheet, item, { ...(locator ? { locator } : {}), subsequent: form.kind === "short-note" });
  return bracketEditorialName(text, record);
}

/** Every form for a target, keyed as CITATION_FORMS. */
export function renderForms(
  record: ReviewRecord,
  sheets: Record<StyleName, StyleSheet>,
  target: CitationTarget,
): Record<string, RichText> {
  return Object.fromEntries(CITATION_FORMS.map((form) => [form.key, renderForm(record, sheets, form, target)]));
}

/** What the page carries for the Cite dialog: every form for the review, and for a paragraph and a section with placeholders. */
export interface CitationTemplates {
  review: Record<string, RichText>;
  paragraph: Record<string, RichText>;
  section: Record<string, RichText>;
}

export function citationTemplates(record: ReviewRecord, sheets: Record<StyleName, StyleSheet>): CitationTemplates {
  const placed = (target: CitationTarget) =>
    Object.fromEntries(
      CITATION_FORMS.filter((form) => form.kind !== "entry").map((form) => [
        form.key,
        renderForm(record, sheets, form, target),
      ]),
    );
  return {
    review: renderForms(record, sheets, { kind: "review" }),
    paragraph: placed({ kind: "paragraph", id: "", number: Number(PLACEHOLDERS.paragraph) }),
    section: placed({ kind: "section", id: "", title: PLACEHOLDERS.section }),
  };
}

/**
 * The editors' square brackets around a name the article does not print, at its first appearance
 * in whichever form the style gave it ("Bùi Thanh Sơn", "Bùi, T. S.", "Bùi"): the one difference
 * from citeproc-js's output.
 */
export function bracketEditorialName(text: RichText, record: ReviewRecord): RichText {
  const { name, isEditorial } = record.author;
  if (!name || !isEditorial) return text;
  const initials = name.given
    .split(/\s+/)
    .map((word) => `${word.charAt(0)}.`)
    .join(" ");
  const forms = [
    `${name.family}, ${initials}`,
    `${name.family}, ${name.given}`,
    `${name.family} ${name.given}`,
    `${name.given} ${name.family}`,
    name.family,
  ];
  const first = text.find((run): run is string => typeof run === "string") ?? "";
  const found = forms.find((form) => first.includes(form));
  if (!found) return text;
  const index = text.indexOf(first);
  return text.map((run, i) => (i === index ? first.replace(found, `[${found}]`) : run));
}

import { replaceInRuns, type RichText } from "./rich-text.ts";

/*
 * What the Cite dialog needs to make a paragraph's or a section's citation from the strings the
 * build made (review-citations.ts): small, and free of any CSL processor, so the dialog ships none.
 */

/** Where a citation points inside the item: CSL's locator and its label. */
export interface Locator {
  label: "paragraph" | "section";
  locator: string;
}

/** What is cited: the whole review, one section or ordinal point, or one numbered paragraph. */
export type CitationTarget =
  | { kind: "review" }
  | { kind: "section"; id: string; title: string }
  | { kind: "paragraph"; id: string; number: number };

/**
 * Stand-ins for the place cited, rendered once at build time; the Cite dialog puts the paragraph's
 * number or the section's title in their place (fill-citation.ts), and a test checks the result
 * against citeproc-js's own rendering for every paragraph and section.
 */
export const PLACEHOLDERS = { paragraph: "987654321", section: "Sectiontitleplaceholder" } as const;

/** The locator of a target: "para. 12", or the section's title without a heading's closing stop. */
export function locatorOf(target: CitationTarget): Locator | undefined {
  if (target.kind === "paragraph") return { label: "paragraph", locator: String(target.number) };
  // citeproc-js turns a straight apostrophe typographic; the dialog's filled-in title does the same.
  if (target.kind === "section")
    return { label: "section", locator: target.title.replace(/\.$/, "").replaceAll("'", "’") };
  return undefined;
}

/** A template with the target's place put in for its placeholder. */
export function fillTemplate(template: RichText, target: CitationTarget): RichText {
  const locator = locatorOf(target);
  if (!locator || target.kind === "review") return template;
  return replaceInRuns(template, PLACEHOLDERS[target.kind], locator.locator);
}

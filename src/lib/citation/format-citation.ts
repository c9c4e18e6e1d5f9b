import type { CitationTarget, ReviewCitation } from "./review-citation.ts";
import { MONTHS } from "../calendar.ts";

/**
 * Citations of a review, a section or a paragraph in four forms: Chicago and APA (as rich text, so
 * the periodical keeps its italics when pasted), BibTeX and CSL-JSON. Pure functions of the data:
 * the same review gives the same citation on every build, in the page and in the browser alike.
 */

/** Text with italic runs: enough for titles of periodicals and editions. */
export type RichText = readonly (string | { em: string })[];

export type CitationStyle = "chicago" | "apa" | "bibtex" | "csl-json";

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** This edition's permanent address of what is cited. */
export function permanentUrl(citation: ReviewCitation, target: CitationTarget): string {
  return target.kind === "review" ? citation.url : `${citation.url}#${target.id}`;
}

/** The print issue's month, e.g. `February 2022` → 2022, 2. */
export function issueMonth(citation: ReviewCitation): { year: number; month: number } {
  const [name = "", year = ""] = citation.issueDate.split(" ");
  return { year: Number(year), month: MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1 };
}

/** The online date as printed in Hanoi: the date part of the ISO string, offset and all. */
function onlineDate(citation: ReviewCitation): [number, number, number] {
  const [y = 0, m = 0, d = 0] = citation.published.slice(0, 10).split("-").map(Number);
  return [y, m, d];
}

function longDate([year, month, day]: [number, number, number]): string {
  return `${MONTHS[month - 1] ?? ""} ${day}, ${year}`;
}

/** The name as credited: in brackets when the editors supplied it; the role when no name is known. */
export function authorLabel(citation: ReviewCitation): string {
  const { name, nameIsEditorial, role } = citation.author;
  if (!name) return role;
  return nameIsEditorial ? `[${name}]` : name;
}

const withStop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
const withoutStop = (text: string) => text.replace(/\.$/, "");
/** Quotation marks inside a quoted title turn single, as both styles ask. */
const nested = (text: string) => text.replace(/[“"]([^”"]*)[”"]/g, "‘$1’");

export function chicago(citation: ReviewCitation, target: CitationTarget): RichText {
  const online = `Published online ${longDate(onlineDate(citation))}`;
  const where =
    target.kind === "section"
      ? `section “${withoutStop(nested(target.title))},” `
      : target.kind === "paragraph"
        ? `¶ ${target.number}, `
        : "";
  return [
    `${withStop(authorLabel(citation))} “${withStop(nested(citation.title))}” `,
    { em: citation.periodical },
    `, no. ${citation.issue} (${citation.issueDate}). ${online}${citation.originalUrl ? `, ${citation.originalUrl}` : ""}. Reproduced in `,
    { em: citation.editionTitle },
    `, ${where}${permanentUrl(citation, target)}.`,
  ];
}

export function apa(citation: ReviewCitation, target: CitationTarget): RichText {
  const { year, month } = issueMonth(citation);
  const where =
    target.kind === "section"
      ? `, section “${withoutStop(nested(target.title))}”`
      : target.kind === "paragraph"
        ? `, para. ${target.number}`
        : "";
  return [
    `${withStop(authorLabel(citation))} (${year}, ${MONTHS[month - 1] ?? ""}). ${withStop(citation.title)} `,
    { em: citation.periodical },
    `, (${citation.issue}). Reproduced in `,
    { em: citation.editionTitle },
    `${where}. ${permanentUrl(citation, target)}`,
  ];
}

/** APA's parenthetical citation in the text, e.g. `([Bùi Thanh Sơn], 2022, para. 12)`. */
export function apaInText(citation: ReviewCitation, target: CitationTarget): string {
  const where =
    target.kind === "section"
      ? `, “${withoutStop(nested(target.title))}” section`
      : target.kind === "paragraph"
        ? `, para. ${target.number}`
        : "";
  return `(${authorLabel(citation)}, ${issueMonth(citation).year}${where})`;
}

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

/** A stable key: `CommunistReview984`, `CommunistReview984-p12`, `CommunistReview984-global-fast-and-complex`. */
export function citationKey(citation: ReviewCitation, target: CitationTarget): string {
  const base = `${citation.periodical.replace(/[^A-Za-z0-9]/g, "")}${citation.issue}`;
  if (target.kind === "review") return base;
  if (target.kind === "paragraph") return `${base}-p${target.number}`;
  const words = target.id
    .replace(/[^A-Za-z0-9-]/g, "")
    .split("-")
    .filter(Boolean);
  return `${base}-${words.slice(0, 5).join("-")}`;
}

/** What the standard fields cannot hold: the place cited, the online original, whose the name is. */
function noteParts(citation: ReviewCitation, target: CitationTarget): string[] {
  const place =
    target.kind === "section"
      ? `Section “${withoutStop(target.title)}”.`
      : target.kind === "paragraph"
        ? `Paragraph ${target.number}.`
        : "";
  const online = `Published online ${longDate(onlineDate(citation))}${citation.originalUrl ? `: ${citation.originalUrl}` : ""}.`;
  const editorial = citation.author.nameIsEditorial
    ? `The article prints only the author’s role (${citation.author.role}); the name is supplied by the editors.`
    : "";
  return [place, `Reproduced in ${citation.editionTitle}.`, online, editorial].filter(Boolean);
}

export function bibtex(citation: ReviewCitation, target: CitationTarget): string {
  const { year, month } = issueMonth(citation);
  const note = noteParts(citation, target)
    .map((part) =>
      citation.originalUrl && part.includes(citation.originalUrl)
        ? part
            .split(citation.originalUrl)
            .map(escapeBibtex)
            // Inside another command's argument \url needs % and # escaped.
            .join(`\\url{${bibtexUrl(citation.originalUrl).replace(/[%#]/g, "\\$&")}}`)
        : escapeBibtex(part),
    )
    .join(" ");
  const fields: [string, string][] = [
    // Double braces: the name is one literal (never inverted) and the title keeps its case.
    ["author", `{{${escapeBibtex(authorLabel(citation))}}}`],
    ["title", `{{${escapeBibtex(citation.title)}}}`],
    ["journal", `{${escapeBibtex(citation.periodical)}}`],
    ["number", `{${citation.issue}}`],
    ["year", `{${year}}`],
    ["month", BIBTEX_MONTHS[month - 1] ?? `{${month}}`],
    ["url", `{${bibtexUrl(permanentUrl(citation, target))}}`],
    ["note", `{${note}}`],
  ];
  return `@article{${citationKey(citation, target)},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join("\n")}\n}`;
}

/** One CSL-JSON item, with only fields of the CSL data schema. */
export interface CslItem {
  id: string;
  type: "article-magazine";
  title: string;
  "container-title": string;
  issue: string;
  author: { literal: string }[];
  issued: { "date-parts": [number[]] };
  "available-date": { "date-parts": [number[]] };
  URL: string;
  language: string;
  source: string;
  note: string;
}

export function cslItem(citation: ReviewCitation, target: CitationTarget): CslItem {
  const { year, month } = issueMonth(citation);
  return {
    id: citationKey(citation, target),
    type: "article-magazine",
    title: citation.title,
    "container-title": citation.periodical,
    issue: String(citation.issue),
    author: [{ literal: authorLabel(citation) }],
    issued: { "date-parts": [[year, month]] },
    "available-date": { "date-parts": [onlineDate(citation)] },
    URL: permanentUrl(citation, target),
    language: "en",
    source: citation.editionTitle,
    note: noteParts(citation, target).join(" "),
  };
}

/** CSL-JSON as reference managers import it: an array of items. */
export function cslJson(citation: ReviewCitation, target: CitationTarget): string {
  return JSON.stringify([cslItem(citation, target)], null, 2);
}

export function plainText(text: RichText): string {
  return text.map((run) => (typeof run === "string" ? run : run.em)).join("");
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function richHtml(text: RichText): string {
  return text.map((run) => (typeof run === "string" ? escapeHtml(run) : `<i>${escapeHtml(run.em)}</i>`)).join("");
}

import { MONTHS } from "../calendar.ts";
import type { ReviewFrontmatter } from "../schema/review.ts";
import { SITE_NAME } from "../site.ts";
import { absoluteUrl, yearPage } from "../urls.ts";

/**
 * The one bibliographic record of a review, made from its frontmatter and this edition's address.
 * Every citation, embedded tag (Highwire, Dublin Core, JSON-LD) and reference-manager file (RIS,
 * BibTeX, CSL-JSON) is written from it, so none can disagree with another. Plain data, no access
 * date: a build must not depend on the day it ran.
 */
export interface ReviewRecord {
  /** A stable key for files and CSL items, e.g. `CommunistReview984`. */
  id: string;
  /** The year the review covers. */
  year: number;
  /** The title exactly as published, slips included. */
  title: string;
  author: ReviewAuthor;
  /** The periodical, e.g. `Communist Review`. */
  container: string;
  /** The print issue number, e.g. 984. */
  issue: number;
  /** The print issue's month: what the article is dated by in every citation. */
  issued: { year: number; month: number };
  /** The print issue's month as printed, e.g. `February 2022`. */
  issueDate: string;
  /** The online publication date-time, ISO 8601 with the Hanoi offset, e.g. `2022-07-20T08:20:00+07:00`. */
  published: string;
  /** BCP 47, e.g. `en`. */
  language: string;
  /** This edition's permanent page for the review, absolute, e.g. `https://…/2021/`. */
  url: string;
  /** The article on the publisher's site, when known. */
  publisherUrl?: string;
  /** This edition's name, e.g. `Viet Nam’s Diplomacy, Year by Year`. */
  editionTitle: string;
}

export interface ReviewAuthor {
  /** Absent when neither the source nor the editors name the author; the role stands for them then. */
  name?: PersonName;
  /** The source prints only the role; the name is the editors' addition (shown in brackets). */
  isEditorial: boolean;
  /** The role line as printed. */
  role: string;
}

export interface PersonName {
  /** e.g. `Bùi`. */
  family: string;
  /** e.g. `Thanh Sơn`. */
  given: string;
  /** The name as written, e.g. `Bùi Thanh Sơn`. */
  asWritten: string;
  /** True when the name is written family name first, as Vietnamese names are. */
  familyFirst: boolean;
}

/** What a record is made from besides the frontmatter: this edition's home address and name. */
export interface Edition {
  url: string;
  name: string;
}

/** The record of one review, from its validated frontmatter. */
export function reviewRecord(
  data: ReviewFrontmatter,
  edition: Edition = { url: absoluteUrl(), name: SITE_NAME },
): ReviewRecord {
  const { source } = data;
  return {
    id: `${source.publication.replace(/[^A-Za-z0-9]/g, "")}${source.issue}`,
    year: data.year,
    title: data.title,
    author: reviewAuthor(data.author),
    container: source.publication,
    issue: source.issue,
    issued: printMonth(source.issueDate),
    issueDate: source.issueDate,
    published: data.published,
    language: data.language,
    url: new URL(yearPage(data.year), edition.url).href,
    ...(source.url ? { publisherUrl: source.url } : {}),
    editionTitle: edition.name,
  };
}

function reviewAuthor(author: ReviewFrontmatter["author"]): ReviewAuthor {
  const { name, family, given, nameIsEditorial, role } = author;
  // The schema has checked that a name comes with both parts, which make it in one order or the other.
  if (name === undefined || family === undefined || given === undefined) return { isEditorial: false, role };
  return {
    name: { family, given, asWritten: name, familyFirst: name === `${family} ${given}` },
    isEditorial: Boolean(nameIsEditorial),
    role,
  };
}

/** `February 2022` → { year: 2022, month: 2 }; the schema has checked the form. */
export function printMonth(issueDate: string): { year: number; month: number } {
  const [name = "", year = ""] = issueDate.split(" ");
  const month = MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
  if (month === 0) throw new Error(`source.issueDate "${issueDate}": "${name}" is not an English month name`);
  return { year: Number(year), month };
}

/** The online date as printed in Hanoi, from the ISO string's own date part: [year, month, day]. */
export function onlineDate(record: ReviewRecord): [number, number, number] {
  const [year = 0, month = 0, day = 0] = record.published.slice(0, 10).split("-").map(Number);
  return [year, month, day];
}

/** The name as a reader sees it credited: bracketed when the editors supplied it; the role when none is known. */
export function creditedName(record: ReviewRecord): string {
  const { name, isEditorial, role } = record.author;
  if (!name) return role;
  return isEditorial ? `[${name.asWritten}]` : name.asWritten;
}

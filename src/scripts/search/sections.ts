// Pagefind's page results turned into what readers are shown: one result per section of a review.
// Pure: no DOM, no Pagefind; the types name only the fields used.
import { cleanHighlightUrl } from "./query.ts";

export interface PagefindWeightedLocation {
  balanced_score: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindWeightedLocation[];
  anchor?: { id: string; element: string };
}

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** One section of one review that matches the query. */
export interface SectionResult {
  year: string;
  /** The review's title. */
  review: string;
  /** The heading the section starts at. */
  section: string;
  /** `/2021/?highlight=bamboo#world-enters-new-phase` */
  url: string;
  /** Pagefind's excerpt: HTML-escaped text with the query terms in `<mark>`. */
  excerpt: string;
  /** Relevance of the review as a whole (Pagefind's page score), then of this section. */
  pageScore: number;
  score: number;
}

/**
 * A heading as Pagefind read it, without the "#" of its section link: the link is kept out of the
 * index, but Pagefind takes a heading's title from all of its text.
 */
export function headingTitle(text: string): string {
  return text
    .replace(/\s*#\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/** A page result's sections, each named by its review's year and its heading. */
export function sectionsOf(data: PagefindResultData, pageScore: number): SectionResult[] {
  const year = data.meta["year"] ?? "";
  const review = data.meta["title"] ?? "";
  return data.sub_results.map((sub) => ({
    year,
    review,
    section: headingTitle(sub.title) || review,
    url: cleanHighlightUrl(sub.url),
    excerpt: sub.excerpt,
    pageScore,
    score: sectionScore(sub),
  }));
}

function sectionKey(s: SectionResult): string {
  return `${s.year}#${s.url.split("#")[1] ?? ""}`;
}

/**
 * Sections found by several spellings of one query, each section once (the best-scoring finding),
 * ordered by review relevance so the review whose title matches comes first, then by section.
 */
export function mergeSections(lists: SectionResult[][]): SectionResult[] {
  const best = new Map<string, SectionResult>();
  const pageScore = new Map<string, number>();
  for (const section of lists.flat()) {
    pageScore.set(section.year, Math.max(pageScore.get(section.year) ?? 0, section.pageScore));
    const key = sectionKey(section);
    const seen = best.get(key);
    if (!seen || section.score > seen.score) best.set(key, section);
  }
  return [...best.values()]
    .map((s) => ({ ...s, pageScore: pageScore.get(s.year) ?? s.pageScore }))
    .sort((a, b) => b.pageScore - a.pageScore || a.year.localeCompare(b.year) || b.score - a.score);
}

/** How many sections match in each year, every listed year included (with 0). */
export function countByYear(sections: SectionResult[], years: string[]): Map<string, number> {
  const counts = new Map<string, number>(years.map((y) => [y, 0]));
  for (const s of sections) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  return counts;
}

export function inYear(sections: SectionResult[], year: string): SectionResult[] {
  return year ? sections.filter((s) => s.year === year) : sections;
}

/** "3 sections in 2 years", "1 section in 2021", "No section". */
export function describeCount(sections: SectionResult[]): string {
  const n = sections.length;
  if (n === 0) return "No section";
  const years = new Set(sections.map((s) => s.year));
  const what = `${n} ${n === 1 ? "section" : "sections"}`;
  return years.size === 1 ? `${what} in ${[...years][0]}` : `${what} in ${years.size} years`;
}

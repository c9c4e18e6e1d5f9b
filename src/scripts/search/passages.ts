// Pagefind's page results turned into what readers are shown: one result per passage (a paragraph,
// a lessons item, the lead, a caption, a note, or a heading), best first, wherever it stands.
// Pure: no DOM, no Pagefind; the types name only the fields used.
import { cleanHighlightUrl } from "./query.ts";
import { closeness, realHits, type Closeness } from "./ranking.ts";

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  /** `data-pagefind-title`: "¶ 9", "Lead", "Photo caption 1", "Note 2 (to ¶ 12)". */
  title?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { balanced_score: number; location: number }[];
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

/** One passage of one review that matches the query. */
export interface Passage {
  year: string;
  /** The review's title. */
  review: string;
  /** The heading a paragraph stands under; empty for what names itself (a heading, a note, the lead). */
  section: string;
  /** "¶ 9", "Note 2 (to ¶ 12)", "Lead", "Photo caption 1", or a heading's words. */
  title: string;
  /** `/2021/?highlight=bridge&highlight=connecting#p-11` */
  url: string;
  /** Pagefind's excerpt: HTML-escaped text with the query terms in `<mark>`. */
  excerpt: string;
  closeness: Closeness;
  /** Pagefind's weight of the hits in the passage, then of the review as a whole. */
  score: number;
  pageScore: number;
  /** Where the passage starts in its review, for a stable order among equals. */
  location: number;
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

const isHeading = (a: PagefindAnchor) => /^h[1-6]$/i.test(a.element);
/** As long as the excerpts Pagefind is asked for (engine.ts). */
const EXCERPT_WORDS = 24;

/** The heading a passage starting at `location` stands under. */
function sectionAt(anchors: PagefindAnchor[], location: number): string {
  let section = "";
  for (const a of anchors) {
    if (a.location > location) break;
    if (isHeading(a)) section = headingTitle(a.text);
  }
  return section;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Where the passage starting at `location` ends: at the next passage or heading (Pagefind's rule). */
function passageEnd(anchors: PagefindAnchor[], location: number, pageLength: number): number {
  return anchors.find((a) => a.location > location && (a.title || isHeading(a)))?.location ?? pageLength;
}

/**
 * An excerpt around the place where the query's words stand together, in Pagefind's form (escaped
 * text, hits in `<mark>`): Pagefind centres its own on the weightiest hits, which may lie elsewhere.
 */
export function excerptAround(pageWords: string[], hits: number[], at: number, start: number, end: number): string {
  const from = Math.max(start, Math.min(at - Math.floor(EXCERPT_WORDS / 3), end - EXCERPT_WORDS));
  const marked = new Set(hits);
  const words: string[] = [];
  for (let i = from; i < Math.min(end, from + EXCERPT_WORDS); i++) {
    const word = escapeHtml(pageWords[i] ?? "");
    words.push(marked.has(i) ? `<mark>${word}</mark>` : word);
  }
  return words.join(" ");
}

/**
 * A page result's passages, each named by its year, the heading above it and its own title. Only
 * passages holding at least one of the query's words (or a form of it) are kept, and only those
 * words are marked: Pagefind's own excerpt also marks words sharing a prefix ("had" for "hà").
 */
export function passagesOf(data: PagefindResultData, pageScore: number, terms: string[]): Passage[] {
  const year = data.meta["year"] ?? "";
  const review = data.meta["title"] ?? "";
  const pageWords = data.content.split(/\s+/);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  return data.sub_results.flatMap((sub) => {
    const hits = realHits(terms, sub.locations, pageWords);
    const first = hits[0];
    if (first === undefined) return [];
    const anchor = sub.anchor;
    const paragraph = Boolean(anchor?.title?.startsWith("¶"));
    const close = closeness(terms, hits, pageWords);
    const start = anchor?.location ?? 0;
    const at = close.at !== undefined && close.tier > 0 ? close.at : first;
    const excerpt = excerptAround(pageWords, hits, at, start, passageEnd(anchors, start, pageWords.length));
    return [
      {
        year,
        review,
        section: anchor && paragraph ? sectionAt(anchors, anchor.location) : "",
        title: anchor?.title ?? (anchor ? headingTitle(anchor.text) : review),
        url: cleanHighlightUrl(sub.url),
        excerpt,
        closeness: close,
        score: sub.weighted_locations
          .filter((l) => hits.includes(l.location))
          .reduce((sum, l) => sum + l.balanced_score, 0),
        pageScore,
        location: anchor?.location ?? 0,
      },
    ];
  });
}

/** A passage holds every word of the query (in some form): only these are counted as matches. */
export function holdsAll(passage: Passage): boolean {
  return passage.closeness.missing === 0;
}

/** Best first: all of the query's words, then words together, then as typed, then Pagefind's weight. */
export function comparePassages(a: Passage, b: Passage): number {
  return (
    a.closeness.missing - b.closeness.missing ||
    b.closeness.tier - a.closeness.tier ||
    b.closeness.exact - a.closeness.exact ||
    b.score - a.score ||
    b.pageScore - a.pageScore ||
    a.year.localeCompare(b.year) ||
    a.location - b.location
  );
}

function passageKey(p: Passage): string {
  return `${p.year}#${p.url.split("#")[1] ?? ""}`;
}

/**
 * Passages found by several spellings of one query, each once (its best finding), best first. A
 * quoted phrase keeps only the passages where its words stand side by side, in order.
 */
export function rankPassages(lists: Passage[][], { phrase = false } = {}): Passage[] {
  const best = new Map<string, Passage>();
  for (const passage of lists.flat()) {
    if (phrase && passage.closeness.tier < 2) continue;
    const key = passageKey(passage);
    const seen = best.get(key);
    if (!seen || comparePassages(passage, seen) < 0) best.set(key, passage);
  }
  return [...best.values()].sort(comparePassages);
}

/** How many passages match in each year, every listed year included (with 0). */
export function countByYear(passages: Passage[], years: string[]): Map<string, number> {
  const counts = new Map<string, number>(years.map((y) => [y, 0]));
  for (const p of passages) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  return counts;
}

export function inYear(passages: Passage[], year: string): Passage[] {
  return year ? passages.filter((p) => p.year === year) : passages;
}

/** "3 passages in 2 years", "1 passage in 2021", "No passage". */
export function describeCount(passages: Passage[]): string {
  const n = passages.length;
  if (n === 0) return "No passage";
  const years = new Set(passages.map((p) => p.year));
  const what = `${n} ${n === 1 ? "passage" : "passages"}`;
  return years.size === 1 ? `${what} in ${[...years][0]}` : `${what} in ${years.size} years`;
}

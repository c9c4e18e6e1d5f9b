import type { Passage, ReviewText } from "../passages/review-text.ts";
import { markedExcerpt, type MarkedExcerpt } from "./marked-excerpt.ts";
import { belongsTo, THEMES, themeMatches, type Theme } from "./themes.ts";

/** One passage of a theme: where it is, and the excerpt a theme page shows. */
export interface ThemePassage {
  year: number;
  passage: Passage;
  /** The section title a reader finds it under, or "Notes" / "Lead". */
  where: string;
  excerpt: MarkedExcerpt;
}

export interface YearText {
  year: number;
  text: ReviewText;
}

/** The passages of every year that belong to a theme, years in the order given, then reading order. */
export function themePassages(theme: Theme, years: readonly YearText[]): ThemePassage[] {
  const found: ThemePassage[] = [];
  for (const { year, text } of years) {
    const titles = new Map(text.sections.map((s) => [s.id, s.title]));
    for (const passage of text.passages) {
      if (!belongsTo(passage.text, theme)) continue;
      found.push({
        year,
        passage,
        where: passage.sectionId ? (titles.get(passage.sectionId) ?? "") : passage.kind === "note" ? "Notes" : "Lead",
        excerpt: markedExcerpt(passage.text, (t) => themeMatches(t, theme)),
      });
    }
  }
  return found;
}

/** How many passages of each year belong to each theme, for the themes page. */
export function themeCounts(years: readonly YearText[]): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>();
  for (const theme of THEMES) {
    const byYear = new Map<number, number>();
    for (const { year, text } of years) {
      byYear.set(year, text.passages.filter((p) => belongsTo(p.text, theme)).length);
    }
    counts.set(theme.slug, byYear);
  }
  return counts;
}

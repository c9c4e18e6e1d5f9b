import type { Review } from "../reviews.ts";
import { reviewFile, reviewTextOf } from "../passages/review-passages.ts";
import { checkFigures, type LocatedFigure } from "./check-figures.ts";

/**
 * A review's key figures, checked against its text: the pages that show figures (every year page,
 * through KeyFigures, and /figures/) call this, so a build fails on a quote the review lacks.
 */
export function figuresOf(review: Review): LocatedFigure[] {
  return checkFigures({
    year: review.data.year,
    file: reviewFile(review),
    figures: review.data.figures ?? [],
    text: reviewTextOf(review),
  });
}

export interface Measure {
  measure: string;
  /** The label of the newest year's figure (labels may vary a little between years). */
  label: string;
  unit: string;
  /** Oldest year first. */
  figures: LocatedFigure[];
}

/**
 * Every measure across the reviews: those followed over several years first (they get a chart),
 * then the rest, newest year first, in the order the frontmatter declares them.
 */
export function measuresOf(reviews: readonly Review[]): Measure[] {
  const byMeasure = new Map<string, LocatedFigure[]>();
  const newestFirst = [...reviews].sort((a, b) => b.data.year - a.data.year);
  for (const review of newestFirst) {
    for (const figure of figuresOf(review)) {
      const list = byMeasure.get(figure.measure) ?? [];
      list.push(figure);
      byMeasure.set(figure.measure, list);
    }
  }
  const measures = [...byMeasure.entries()].map(([measure, list]) => {
    const newest = list[0] as LocatedFigure;
    return { measure, label: newest.label, unit: newest.unit, figures: list.sort((a, b) => a.year - b.year) };
  });
  const followed = measures.filter((m) => m.figures.length > 1);
  const single = measures.filter((m) => m.figures.length === 1);
  return [...followed, ...single];
}

import { PART_NAMES, type PartName } from "../schema/review.ts";
import { issueLabel, type Review } from "../reviews.ts";
import { figuresOf } from "../figures/review-figures.ts";
import { figureValue } from "../figures/figure-links.ts";
import { partsOf } from "./review-parts.ts";
import { partCell, type PartCell } from "./part-cells.ts";

/**
 * One year's column of a comparison: everything a compare table shows of that review. The static
 * pair pages render it at build time; `/compare/parts/<year>.json` publishes it so that the browser
 * can set any two years side by side without a page per pair.
 */
export interface CompareColumn {
  year: number;
  title: string;
  issue: string;
  /** Each part's cell, or null where the rule finds no such part. */
  cells: Record<PartName, PartCell | null>;
  figures: { label: string; value: string; anchor: string }[];
}

export function compareColumnOf(review: Review): CompareColumn {
  const parts = partsOf(review);
  const cells = Object.fromEntries(
    PART_NAMES.map((name) => {
      const part = parts[name];
      return [name, part ? partCell(part) : null];
    }),
  ) as Record<PartName, PartCell | null>;
  return {
    year: review.data.year,
    title: review.data.title,
    issue: issueLabel(review),
    cells,
    figures: figuresOf(review).map((figure) => ({
      label: figure.label,
      value: figureValue(figure),
      anchor: figure.passage.anchor,
    })),
  };
}

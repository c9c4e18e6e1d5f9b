import type { LocatedFigure } from "./check-figures.ts";
import { figureValue } from "./figure-links.ts";

/**
 * The geometry of a small horizontal bar chart of one measure across years, computed at build time
 * so the page carries a plain SVG. Bars start at zero (nothing is exaggerated) and their lengths are
 * percentages of the chart's width, so the SVG fills its column while its words keep their size;
 * each row has its year and the value in words above its bar, so it reads at phone width without
 * an axis.
 */

export interface ChartRow {
  year: number;
  /** The value as the text gives it, e.g. `more than 600 billion USD`. */
  caption: string;
  labelY: number;
  barY: number;
  /** Percent of the chart's width. */
  barPercent: number;
  /** The text only gives a lower bound ("more than", "exceeded"): the bar is drawn at that bound. */
  lowerBound: boolean;
}

export interface ChartGeometry {
  height: number;
  barHeight: number;
  rows: ChartRow[];
}

const ROW_HEIGHT = 48;
const BAR_HEIGHT = 16;
const LOWER_BOUND = /^(more than|over|at least)$/i;

/** Rows oldest year first. */
export function chartGeometry(figures: readonly LocatedFigure[]): ChartGeometry {
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const max = Math.max(...sorted.map((f) => f.value), 0);
  const rows = sorted.map((figure, i) => ({
    year: figure.year,
    caption: figureValue(figure),
    labelY: i * ROW_HEIGHT + 16,
    barY: i * ROW_HEIGHT + 24,
    barPercent: max > 0 ? Math.round((figure.value / max) * 1000) / 10 : 0,
    lowerBound: LOWER_BOUND.test(figure.qualifier ?? ""),
  }));
  return { height: sorted.length * ROW_HEIGHT, barHeight: BAR_HEIGHT, rows };
}

/** The chart said in words, for its `<desc>`. */
export function chartDescription(label: string, figures: readonly LocatedFigure[]): string {
  const rows = [...figures].sort((a, b) => a.year - b.year).map((f) => `${f.year}: ${figureValue(f)}`);
  return `${label}, by year, bars from zero. ${rows.join("; ")}.`;
}

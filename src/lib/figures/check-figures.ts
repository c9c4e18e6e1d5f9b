import type { Figure } from "../schema/review.ts";
import { normaliseSpace, type Passage, type ReviewText } from "../passages/review-text.ts";

/**
 * The build-time check of a review's key figures: each figure's quote must be words of that
 * year's review, found in one passage of its rendered text (the lead, a paragraph, a lesson or a
 * note) with whitespace normalised; the passage gives the figure its link. A figure that quotes
 * words the review does not contain stops the build, since a figure is only as good as its source.
 */

/** A declared figure with the year it belongs to and the passage its quote was found in. */
export interface LocatedFigure extends Figure {
  year: number;
  passage: Passage;
}

export interface FiguresToCheck {
  year: number;
  /** The review's file, as the error names it, e.g. `content/reviews/2022.md`. */
  file: string;
  figures: readonly Figure[];
  text: ReviewText;
}

/** A figure whose quote is not in its review: names the year, the file and the quote, and what to do. */
export class FigureQuoteError extends Error {
  readonly year: number;
  readonly file: string;
  readonly quote: string;
  readonly measure: string;

  constructor(year: number, file: string, quote: string, measure: string) {
    super(
      `${file}: the key figure "${measure}" of the ${year} review quotes words that are not in the text of the ${year} review:\n` +
        `  "${quote}"\n` +
        `Copy the quote exactly from one paragraph, lesson or note of ${file} (same words, spelling and punctuation; ` +
        `only whitespace may differ), or remove the figure from the frontmatter's figures list.`,
    );
    this.name = "FigureQuoteError";
    this.year = year;
    this.file = file;
    this.quote = quote;
    this.measure = measure;
  }
}

/** One measure declared twice for one year. */
export class FigureMeasureError extends Error {
  readonly year: number;
  readonly file: string;
  readonly measure: string;

  constructor(year: number, file: string, measure: string) {
    super(
      `${file}: the ${year} review declares the measure "${measure}" twice; a year has one value per measure, so keep one.`,
    );
    this.name = "FigureMeasureError";
    this.year = year;
    this.file = file;
    this.measure = measure;
  }
}

/** Finds each figure's passage, or throws naming the year, the file and the quote. */
export function checkFigures({ year, file, figures, text }: FiguresToCheck): LocatedFigure[] {
  const seen = new Set<string>();
  return figures.map((figure) => {
    if (seen.has(figure.measure)) throw new FigureMeasureError(year, file, figure.measure);
    seen.add(figure.measure);
    const passage = passageQuoting(text, figure.quote);
    if (!passage) throw new FigureQuoteError(year, file, figure.quote, figure.measure);
    return { ...figure, year, passage };
  });
}

/** The first passage whose words contain the quote, whitespace normalised. */
export function passageQuoting(text: ReviewText, quote: string): Passage | undefined {
  const wanted = normaliseSpace(quote);
  if (wanted === "") return undefined;
  return text.passages.find((p) => p.text.includes(wanted));
}

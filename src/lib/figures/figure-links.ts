import type { Figure } from "../schema/review.ts";
import type { LocatedFigure } from "./check-figures.ts";
import { sitePath, yearPage } from "../urls.ts";

/**
 * How a figure reads and where it links. Each figure gets two links to its sentence:
 *
 * - `<year>/#p-N` (or `#note-N`, `#lead`), the paragraph: a permanent, citable address that every
 *   browser follows and the site's link check verifies;
 * - `<year>/#:~:text=<quote>`, a text fragment that scrolls to and highlights the exact words in
 *   browsers that support it (others just open the page at the top).
 *
 * The two cannot be one address: `#p-N:~:text=…` puts a fragment directive after an element id,
 * which older browsers and the link checker read as an id "p-N:~:text=…" that does not exist.
 */

/** `600`, `120,000`, `8`: the number as the reviews print numbers. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
}

/** `more than 600 billion USD`, `about 120,000 citizens`, `more than 8%`. */
export function figureValue(figure: Pick<Figure, "value" | "unit" | "qualifier">): string {
  const number = formatNumber(figure.value);
  const amount = figure.unit === "%" ? `${number}%` : `${number} ${figure.unit}`;
  return figure.qualifier ? `${figure.qualifier} ${amount}` : amount;
}

/** The passage's address on the year page, e.g. `/2022/#p-12` (under the site's base). */
export function passageHref(figure: LocatedFigure): string {
  return sitePath(yearPage(figure.year, figure.passage.anchor));
}

/** A text fragment for the quote, e.g. `/2022/#:~:text=total%20trade%20turnover…`. */
export function textFragmentHref(year: number, quote: string): string {
  return sitePath(`${year}/#:~:text=${encodeTextDirective(quote.replace(/\s+/g, " ").trim())}`);
}

/** Percent-encodes a text directive value; `-`, `,` and `&` have meanings there, so they are encoded too. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

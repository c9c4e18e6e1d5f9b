import type { PartName } from "../schema/review.ts";
import type { Citation, PartCell } from "./part-cells.ts";
import type { CompareColumn } from "./compare-column.ts";
import { sitePath, yearPage } from "../urls.ts";

/**
 * The compare table as HTML, from two years' columns. One renderer for both places a comparison is
 * made: the static pair pages (at build time) and the browser (for pairs not built as pages), so the
 * two cannot drift apart. Browser-safe: it imports types and the address helper only.
 *
 * The table's column headers are the years and its row groups the parts. On a phone the cells
 * stack, each led by its year, so a part reads as year A then year B; the table's headers stay what
 * a screen reader announces.
 */

/** The parts in reading order, with the heading each row group carries. */
export const PART_HEADINGS: Record<PartName, string> = {
  world: "The world situation",
  results: "The year’s results",
  lessons: "Lessons",
  tasks: "Tasks ahead",
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text or an attribute value made safe for HTML. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** `base` is the site's base path (`/` or `/x/`); links are `<base><year>/#<anchor>`. */
export function compareTableHtml(
  older: CompareColumn,
  newer: CompareColumn,
  base: string = import.meta.env.BASE_URL,
): string {
  const yearHref = (year: number, anchor?: string) => escapeHtml(sitePath(yearPage(year, anchor), base));
  const columns = [older, newer];
  const cite = (c: Citation) =>
    `<span class="sr-only">${escapeHtml(c.spoken)}</span><span aria-hidden="true">${escapeHtml(c.label)}</span>`;
  const cellYear = (year: number) => `<p class="compare-cell-year" aria-hidden="true">${year}</p>`;

  const partCellHtml = (year: number, cell: PartCell | null): string => {
    if (cell === null) return `<p class="compare-none">The rule finds no such part in this review.</p>`;
    const sectionLink = `<a href="${yearHref(year, cell.section.id)}">${escapeHtml(cell.section.title)}</a>`;
    let html = cell.wholeSection
      ? `<p class="compare-section">${sectionLink}${cell.span ? `<span class="compare-span">${cite(cell.span)}</span>` : ""}</p>`
      : `<p class="compare-section compare-section-within"><span class="compare-within">In the section</span> ${sectionLink}</p>`;
    if (cell.intro) {
      html +=
        `<p class="compare-intro"><q>${escapeHtml(cell.intro.text)}</q> ` +
        `<a href="${yearHref(year, cell.intro.anchor)}" class="compare-ref">${cite(cell.intro.cite)}</a></p>`;
    }
    if (cell.entries.length > 0) {
      const items = cell.entries.map(
        (entry) =>
          `<li><a href="${yearHref(year, entry.anchor)}">${escapeHtml(entry.text)}</a>` +
          `${entry.cite ? `<span class="compare-span">${cite(entry.cite)}</span>` : ""}</li>`,
      );
      html += `<ul class="compare-entries">${items.join("")}</ul>`;
    }
    return html;
  };

  const figuresHtml = ({ year, figures }: CompareColumn): string =>
    figures.length === 0
      ? `<p class="compare-none">No figures are declared for this review yet.</p>`
      : `<ul class="compare-figures">${figures
          .map(
            (f) =>
              `<li><span class="compare-figure-label">${escapeHtml(f.label)}</span> ` +
              `<a href="${yearHref(year, f.anchor)}" class="compare-figure-value">${escapeHtml(f.value)}</a></li>`,
          )
          .join("")}</ul>`;

  const rowGroup = (part: string, heading: string, cell: (column: CompareColumn) => string) =>
    `<tbody class="compare-part" data-part="${part}"><tr><th scope="rowgroup" colspan="2" class="compare-part-heading">${heading}</th></tr>` +
    `<tr>${columns.map((c) => `<td class="compare-cell" data-year="${c.year}">${cellYear(c.year)}${cell(c)}</td>`).join("")}</tr></tbody>`;

  const head = columns
    .map(
      (c) =>
        `<th scope="col" class="compare-year"><span class="compare-year-number">${c.year}</span>` +
        `<a href="${yearHref(c.year)}" class="compare-year-title">${escapeHtml(c.title)}</a>` +
        `<span class="compare-year-issue">${escapeHtml(c.issue)}</span></th>`,
    )
    .join("");
  const parts = (Object.keys(PART_HEADINGS) as PartName[]).map((name) =>
    rowGroup(name, escapeHtml(PART_HEADINGS[name]), (c) => partCellHtml(c.year, c.cells[name])),
  );
  return (
    `<table class="compare-table"><caption class="sr-only">The reviews of ${older.year} and ${newer.year}, part by part</caption>` +
    `<thead><tr>${head}</tr></thead>${parts.join("")}${rowGroup("figures", "Key figures", figuresHtml)}</table>`
  );
}

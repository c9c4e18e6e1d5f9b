import type { IndexData } from "./index-files.ts";
import type { IndexedReview } from "./index-texts.ts";
import { buildNameIndex } from "./name-index.ts";
import { uncoveredNames, type IndexReport } from "./uncovered-names.ts";

/** The whole report: the index built (its refusals thrown), and what it does not cover. */
export function indexReport(data: IndexData, reviews: readonly IndexedReview[]): IndexReport {
  const records = buildNameIndex(data.entries, reviews);
  return {
    entries: records.length,
    mentions: records.reduce((n, r) => n + r.count, 0),
    ...uncoveredNames(data.entries, data.leftOut, reviews),
  };
}

/** The report as the command prints it. */
export function formatIndexReport(report: IndexReport): string {
  const lines = [
    `${report.entries} entries, ${report.mentions} mentions; ${report.names} capitalised words and acronyms in the reviews.`,
  ];
  if (!report.uncovered.length)
    lines.push("Every capitalised name and acronym is in the index or in the left-out list.");
  else {
    lines.push(`${report.uncovered.length} names no entry covers and the left-out list does not explain:`);
    for (const { word, places } of report.uncovered) {
      const first = places[0];
      lines.push(
        `  ${word} (${places.length}×) ${first ? `${first.year} ${first.label} (#${first.anchor}): “…${first.context}…”` : ""}`,
      );
    }
    lines.push("Add an entry or an alias (content/index/<kind>.yaml), or say why not in content/index/left-out.yaml.");
  }
  for (const stale of report.staleLeftOut)
    lines.push(
      `${stale.file}:${stale.line}: ${stale.forms.join(", ")} left out, but no review prints them (remove the item)`,
    );
  return lines.join("\n");
}

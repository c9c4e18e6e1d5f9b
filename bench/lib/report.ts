import type { BenchResults, SizeResult } from "./bench-result.ts";
import { pageKindsMarkdown } from "./page-report.ts";

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
const ms = (value: number): string => `${Math.round(value).toLocaleString("en-GB")} ms`;
const seconds = (value: number): string => `${(value / 1000).toFixed(1)} s`;

type Row = [label: string, cell: (result: SizeResult) => string];

const ROWS: readonly Row[] = [
  ["Years", (r) => `${r.years.first}–${r.years.last}`],
  ["Import, total", (r) => ms(r.import.totalMs)],
  ["Import per article, mean / median", (r) => `${r.import.meanMs.toFixed(1)} / ${r.import.medianMs.toFixed(1)} ms`],
  ["`astro build` (wall, incl. Pagefind)", (r) => seconds(r.build.wallMs)],
  [
    "… Open Graph routes (waiting for cards drawn in their own thread)",
    (r) => (r.build.ogImagesMs === undefined ? "–" : seconds(r.build.ogImagesMs)),
  ],
  ["Pages built", (r) => (r.build.pages ?? 0).toLocaleString("en-GB")],
  ["Build per year", (r) => ms(r.build.perYearMs)],
  ["Pagefind", (r) => ms(r.pagefind.ms)],
  ["`dist/` size", (r) => mb(r.sizes.distBytes)],
  ["Pagefind index (folder)", (r) => `${mb(r.sizes.pagefindIndexBytes)} (${mb(r.sizes.pagefindBytes)})`],
  [
    "EPUB per review, mean / largest",
    (r) => `${kb(r.sizes.exports.epub.meanBytes)} / ${kb(r.sizes.exports.epub.maxBytes)}`,
  ],
  [
    "TEI per review, mean / largest",
    (r) => `${kb(r.sizes.exports.tei.meanBytes)} / ${kb(r.sizes.exports.tei.maxBytes)}`,
  ],
  ["Whole-edition EPUB", (r) => kb(r.sizes.exports.editionEpubBytes)],
  ["Year page first load: HTML", (r) => kb(r.yearPage.bytes.html)],
  ["… CSS", (r) => kb(r.yearPage.bytes.css)],
  ["… JS", (r) => kb(r.yearPage.bytes.js)],
  ["… HTML+CSS+JS", (r) => `**${kb(r.yearPage.bytes.html + r.yearPage.bytes.css + r.yearPage.bytes.js)}**`],
  ["… fonts (woff2)", (r) => kb(r.yearPage.bytes.fonts)],
  ["… other (images)", (r) => kb(r.yearPage.bytes.other)],
  ["… everything, fonts included", (r) => `**${kb(Object.values(r.yearPage.bytes).reduce((sum, b) => sum + b, 0))}**`],
  ["First query: bytes", (r) => `**${kb(r.search.bytes)}** (${r.search.requests} req.)`],
  ["… runtime / index / fragments", (r) => searchSplit(r)],
  ["First query: ms to first result", (r) => `${ms(r.search.ms)} (${r.search.results} results)`],
  ["Kept edition offline: files, on the device / download", (r) => keptEdition(r)],
  ["Worker on a first visit, after the page's load", (r) => workerFirstLoad(r)],
];

/** What "Keep this edition offline" stores and downloads (gzip where a host compresses). */
function keptEdition(result: SizeResult): string {
  const kept = result.offline?.kept;
  return kept ? `${kept.files.toLocaleString("en-GB")}: ${mb(kept.bytes)} / ${mb(kept.wireBytes)}` : "–";
}

/** sw.js and its precache (the offline page and what it links): fetched once the page has loaded. */
function workerFirstLoad(result: SizeResult): string {
  const worker = result.offline?.worker;
  if (!worker) return "–";
  const script = worker.resources.find((r) => r.path.endsWith("/sw.js"))?.wireBytes ?? 0;
  return `${kb(worker.wireBytes)} (${worker.requests} req.; sw.js ${kb(script)})`;
}

/** Pagefind's fixed runtime (and the search box's code), the index chunks, the result fragments. */
function searchSplit(result: SizeResult): string {
  const part = (test: (path: string) => boolean): number =>
    result.search.resources
      .filter((resource) => test(resource.path))
      .reduce((sum, resource) => sum + resource.wireBytes, 0);
  const index = part((path) => path.includes("/pagefind/index/"));
  const fragments = part((path) => path.includes("/pagefind/fragment/"));
  return `${kb(result.search.bytes - index - fragments)} / ${kb(index)} / ${kb(fragments)}`;
}

/** The results as Markdown: one column per corpus size, then the budgets, for the README to include. */
export function resultsMarkdown(bench: BenchResults): string {
  const { results, machine } = bench;
  const header = `| | ${results.map((r) => `${r.size} years`).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---:").join(" | ")} |`;
  const rows = ROWS.map(([label, cell]) => `| ${label} | ${results.map(cell).join(" | ")} |`);
  const budgets = bench.budgets.map((budget) => `- **${budget.status}** ${budget.name}: ${budget.detail}`);
  return [
    `Measured ${bench.date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.chromium}, Lighthouse ${machine.lighthouse}, load average ${machine.loadAverage.join(" / ")} at the start; \`${bench.command}\`.`,
    "",
    header,
    rule,
    ...rows,
    "",
    ...pageKindsMarkdown(bench),
    "Budgets:",
    "",
    ...budgets,
    "",
    ...bench.notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}

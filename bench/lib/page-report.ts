import type { BenchResults, SizeResult } from "./bench-result.ts";
import { CATEGORIES } from "./lighthouse-scores.ts";
import type { PageKindResult } from "./page-kinds.ts";

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

const HEADER = [
  "| page | HTML | CSS | JS | fonts | other | **total** | CLS 360 / 1280 | Lighthouse perf / a11y / BP / SEO | LCP |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];

function pageRow(label: string, page: PageKindResult): string {
  const { html, css, js, fonts, other, total } = page.bytes;
  const cls = page.layoutShift.map((shift) => shift.cls.toFixed(3)).join(" / ");
  const run = page.lighthouse;
  const scores = run === undefined ? "–" : CATEGORIES.map((category) => run.scores[category] ?? "–").join(" / ");
  const lcp = run?.lcpMs == null ? "–" : `${(run.lcpMs / 1000).toFixed(1)} s`;
  const cells = [html, css, js, fonts, other].map(kb);
  return `| ${label} | ${cells.join(" | ")} | **${kb(total)}** | ${cls} | ${scores} | ${lcp} |`;
}

/** The audits that kept a page below 100, named, under its table. */
function shortfalls(pages: readonly { label: string; page: PageKindResult }[]): string[] {
  const lines = pages.flatMap(({ label, page }) =>
    page.lighthouse && page.lighthouse.shortfalls.length > 0
      ? [`- ${label}: ${page.lighthouse.shortfalls.join("; ")}`]
      : [],
  );
  return lines.length === 0 ? [] : ["", "Audits below 0.9 in any Lighthouse run:", "", ...lines];
}

function pageKindTable(result: SizeResult): string[] {
  const pages = (result.pageKinds ?? []).map((page) => ({ label: `${page.kind} \`${page.path}\``, page }));
  const fonts = result.sizes.fontFiles.map((file) => `\`${file.path.split("/").at(-1)}\` ${kb(file.bytes)}`);
  return [
    `### Every kind of page, ${result.size} years`,
    "",
    ...HEADER,
    ...pages.map(({ label, page }) => pageRow(label, page)),
    ...shortfalls(pages),
    "",
    `Font files in \`dist/\`: ${fonts.join(", ") || "none"}.`,
  ];
}

/** The figures for Starlight 0.42, shown when the reference could not be built here. */
const STARLIGHT_REFERENCE =
  "Starlight 0.42 as issue 10 measured it: year page 54.4 KB with no font files, CLS 0.000, Lighthouse performance 99, LCP 1.8 s.";

function starlightTable(bench: BenchResults): string[] {
  const { starlight } = bench;
  if (starlight === undefined) return [];
  if (!starlight.built) {
    return ["### Beside Starlight", "", `Not built here: ${starlight.reason.split("\n")[0]}`, "", STARLIGHT_REFERENCE];
  }
  const ours = bench.results.find((result) => result.pageKinds !== undefined && result.size === 2)?.pageKinds ?? [];
  const name = `Starlight ${starlight.versions.starlight}`;
  const rows = (["home", "year"] as const).flatMap((kind) => {
    const mine = ours.find((page) => page.kind === kind);
    const theirs = starlight.pages.find((page) => page.kind === kind);
    return [
      ...(mine === undefined ? [] : [{ label: `this edition, ${kind} \`${mine.path}\``, page: mine }]),
      ...(theirs === undefined ? [] : [{ label: `${name}, ${kind} \`${theirs.path}\``, page: theirs }]),
    ];
  });
  return [
    `### Beside Starlight (the same two reviews, same run, same functions)`,
    "",
    ...HEADER,
    ...rows.map(({ label, page }) => pageRow(label, page)),
    ...shortfalls(rows),
    "",
    `${name} on Astro ${starlight.versions.astro}, installed by ${starlight.installedBy} in ${(starlight.installMs / 1000).toFixed(1)} s and built in ${(starlight.buildMs / 1000).toFixed(1)} s; its \`dist/\` ${(starlight.distBytes / 1e6).toFixed(2)} MB. Issue 10 measured Starlight 0.42 at 54.4 KB, CLS 0.000, Lighthouse 99, LCP 1.8 s.`,
  ];
}

/** Per-page tables at the sizes where every kind of page was measured, then the Starlight reference. */
export function pageKindsMarkdown(bench: BenchResults): string[] {
  const tables = bench.results
    .filter((result) => result.pageKinds !== undefined)
    .flatMap((result) => [...pageKindTable(result), ""]);
  const starlight = starlightTable(bench);
  return [...tables, ...(starlight.length === 0 ? [] : [...starlight, ""])];
}

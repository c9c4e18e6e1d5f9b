import type { BudgetCheck, SizeResult } from "./bench-result.ts";
import { CATEGORIES } from "./lighthouse-scores.ts";

/** 1 KB = 1,000 bytes throughout, as the budgets are stated. */
export const KB = 1000;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The year page's first load against issue 10 (everything before interaction ≤ 44 KB gzip with the
 * fonts, HTML+CSS+JS ≤ 24 KB, fonts ≤ 20 KB), and the JS ≤ 10 KB of the earlier issues, which the
 * issue leaves standing: each budget checked at every size measured.
 */
export function yearPageBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const budgets: [name: string, limit: number, figure: (bytes: SizeResult["yearPage"]["bytes"]) => number][] = [
    ["year page first load ≤ 44 KB gzip, fonts included", 44, (b) => b.html + b.css + b.js + b.fonts + b.other],
    ["year page HTML+CSS+JS ≤ 24 KB gzip", 24, (b) => b.html + b.css + b.js],
    ["year page fonts ≤ 20 KB", 20, (b) => b.fonts],
    ["year page JS ≤ 10 KB gzip", 10, (b) => b.js],
  ];
  if (results.length === 0) return [];
  const path = results[0]?.yearPage.path ?? "";
  return budgets.map(([name, limit, figure]) => {
    const over = results.filter((result) => figure(result.yearPage.bytes) > limit * KB);
    const figures = results.map((result) => `${result.size} years ${kb(figure(result.yearPage.bytes))}`);
    return {
      name: `${name} (${path}, every size)`,
      status: over.length === 0 ? "PASS" : "FAIL",
      detail: figures.join(", "),
    };
  });
}

/** CLS 0.000 at 360 and 1280 px and Lighthouse 100 in all four categories, on every kind of page measured. */
export function pageKindBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const measured = results.filter((result) => result.pageKinds !== undefined);
  if (measured.length === 0) {
    return [
      { name: "CLS 0.000 at 360 and 1280 px, every page kind", status: "NOT MEASURED", detail: "no --lighthouse size" },
      {
        name: "Lighthouse 100 in all four categories, every page kind",
        status: "NOT MEASURED",
        detail: "no --lighthouse size",
      },
    ];
  }
  const checks: BudgetCheck[] = [];
  for (const result of measured) {
    const pages = result.pageKinds ?? [];
    const moving = pages.flatMap((page) =>
      page.layoutShift
        .filter((shift) => shift.cls.toFixed(3) !== "0.000")
        .map(
          (shift) =>
            `${page.kind} ${page.path} at ${shift.viewport}: ${shift.cls.toFixed(3)} (${shift.sources.join(", ")})`,
        ),
    );
    checks.push({
      name: `CLS 0.000 under throttling at 360 and 1280 px, every page kind, ${result.size} years`,
      status: moving.length === 0 ? "PASS" : "FAIL",
      detail: moving.length === 0 ? `${pages.length} kinds × 2 viewports, all 0.000` : moving.join("; "),
    });
    const scored = pages.filter((page) => page.lighthouse !== undefined);
    const short = scored.filter((page) => CATEGORIES.some((category) => page.lighthouse?.scores[category] !== 100));
    const described = short.map((page) => {
      const scores = CATEGORIES.map((category) => page.lighthouse?.scores[category] ?? "–").join("/");
      return `${page.kind} ${scores}: ${page.lighthouse?.shortfalls.join("; ") || "no single audit below 0.9"}`;
    });
    checks.push({
      name: `Lighthouse mobile 100/100/100/100 (median of the runs), every page kind scored, ${result.size} years`,
      status: scored.length > 0 && short.length === 0 ? "PASS" : scored.length === 0 ? "NOT MEASURED" : "FAIL",
      detail: short.length === 0 ? `${scored.map((page) => page.kind).join(", ")}: all 100` : described.join("; "),
    });
  }
  return checks;
}

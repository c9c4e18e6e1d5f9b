import type { BudgetCheck, SizeResult } from "./bench-result.ts";
import { KB, kb, pageKindBudgets, yearPageBudgets } from "./page-budgets.ts";
/** "A few ms per article". */
const IMPORT_MS_PER_ARTICLE = 5;
/** Per-year build time may grow this much from one size to the next and still count as linear. */
const LINEAR_TOLERANCE = 1.1;

const check = (name: string, pass: boolean, detail: string): BudgetCheck => ({
  name,
  status: pass ? "PASS" : "FAIL",
  detail,
});
const notMeasured = (name: string, detail: string): BudgetCheck => ({ name, status: "NOT MEASURED", detail });

export function checkBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const at = (size: number): SizeResult | undefined => results.find((result) => result.size === size);
  const checks: BudgetCheck[] = [];

  const hundred = at(100);
  const buildName = "build of 100 years ≤ 60 s (astro build incl. Pagefind, wall time)";
  checks.push(
    hundred
      ? check(buildName, hundred.build.wallMs <= 60_000, `${(hundred.build.wallMs / 1000).toFixed(1)} s`)
      : notMeasured(buildName, "no run at 100 years"),
  );

  const linearName = "build grows no faster than linearly (per-year build time at 10/50/100 does not rise)";
  const growth = [at(10), at(50), at(100)].filter((result): result is SizeResult => result !== undefined);
  if (growth.length >= 2) {
    const perYear = growth.map((result) => `${result.size}: ${result.build.perYearMs.toFixed(0)} ms/year`);
    const rising = growth.some((result, index) => {
      const previous = growth[index - 1];
      return previous !== undefined && result.build.perYearMs > previous.build.perYearMs * LINEAR_TOLERANCE;
    });
    const marginal = growth.slice(1).map((result, index) => {
      const previous = growth[index];
      if (previous === undefined) return "";
      const ms = (result.build.wallMs - previous.build.wallMs) / (result.size - previous.size);
      return `${previous.size}→${result.size}: +${ms.toFixed(0)} ms per added year`;
    });
    checks.push(check(linearName, !rising, `${perYear.join(", ")}; marginal ${marginal.join(", ")}`));
  } else checks.push(notMeasured(linearName, "needs at least two of 10, 50, 100"));

  const growthName = "pages and dist/ grow no faster than linearly";
  const first = growth[0];
  const last = growth.at(-1);
  if (first !== undefined && last !== undefined && growth.length >= 2) {
    const ratio = last.size / first.size;
    const pagesRatio = (last.build.pages ?? 0) / Math.max(1, first.build.pages ?? 0);
    const bytesRatio = last.sizes.distBytes / first.sizes.distBytes;
    const pages = growth.map((result) => result.build.pages ?? "?").join(" → ");
    const detail = `${ratio}× the years gave ${pagesRatio.toFixed(1)}× the pages (${pages}) and ${bytesRatio.toFixed(1)}× dist/`;
    const linear = pagesRatio <= ratio * LINEAR_TOLERANCE && bytesRatio <= ratio * LINEAR_TOLERANCE;
    checks.push(check(growthName, linear, detail));
  } else checks.push(notMeasured(growthName, "needs at least two of 10, 50, 100"));

  // 35 MB since the EPUB and TEI exports (issue 17); 25 MB before them.
  const distName = "dist/ of 100 years, exports included, ≤ 35 MB";
  checks.push(
    hundred
      ? check(distName, hundred.sizes.distBytes <= 35_000_000, `${(hundred.sizes.distBytes / 1e6).toFixed(2)} MB`)
      : notMeasured(distName, "no run at 100 years"),
  );

  for (const [size, budget] of [
    [2, 120],
    [100, 150],
  ] as const) {
    const name = `first-query bytes ≤ ${budget} KB at ${size} years`;
    const result = at(size);
    checks.push(
      result
        ? check(
            name,
            result.search.bytes <= budget * KB,
            `${kb(result.search.bytes)} in ${result.search.requests} requests`,
          )
        : notMeasured(name, `no run at ${size} years`),
    );
  }

  checks.push(...yearPageBudgets(results), ...pageKindBudgets(results));

  const largest = results.reduce<SizeResult | undefined>(
    (big, result) => (big && big.size >= result.size ? big : result),
    undefined,
  );
  if (largest !== undefined) {
    const { meanMs, medianMs } = largest.import;
    checks.push(
      check(
        `import a few ms (≤ ${IMPORT_MS_PER_ARTICLE}) per article, ${largest.size} articles`,
        meanMs <= IMPORT_MS_PER_ARTICLE,
        `mean ${meanMs.toFixed(1)} ms, median ${medianMs.toFixed(1)} ms`,
      ),
    );
  }
  return checks;
}

import { describe, expect, test } from "vitest";
import type { SizeResult } from "../../../bench/lib/bench-result.ts";
import { pageKindBudgets, yearPageBudgets } from "../../../bench/lib/page-budgets.ts";
import type { PageKindResult } from "../../../bench/lib/page-kinds.ts";

const scores = (performance: number) => ({ performance, accessibility: 100, "best-practices": 100, seo: 100 });

function page(kind: string, cls: number, performance: number | undefined): PageKindResult {
  return {
    kind,
    path: `/${kind}/`,
    bytes: { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 },
    fonts: [],
    layoutShift: [
      { viewport: "360×740", cls, sources: cls > 0 ? ["ul.compare-pairs"] : [] },
      { viewport: "1280×800", cls: 0, sources: [] },
    ],
    ...(performance === undefined
      ? {}
      : {
          lighthouse: {
            scores: scores(performance),
            shortfalls: performance < 100 ? ["performance: Cumulative Layout Shift (0.223)"] : [],
            lcpMs: 1200,
            runs: [scores(performance)],
          },
        }),
  };
}

/** Only the fields the page budgets read; the rest of a size's figures play no part. */
function sized(size: number, bytes: SizeResult["yearPage"]["bytes"], pageKinds?: PageKindResult[]): SizeResult {
  return { size, yearPage: { bytes, path: "/2021/" }, ...(pageKinds ? { pageKinds } : {}) } as SizeResult;
}

describe("year page budgets (issue 10)", () => {
  test("fonts count toward the 44 KB: 20 KB of text and 25 KB of fonts fail it, and fail the fonts budget", () => {
    const checks = yearPageBudgets([sized(2, { html: 10_000, css: 6_000, js: 4_000, fonts: 25_000, other: 0 })]);
    const status = Object.fromEntries(checks.map((check) => [check.name.split(" (")[0], check.status]));
    expect(status).toEqual({
      "year page first load ≤ 44 KB gzip, fonts included": "FAIL",
      "year page HTML+CSS+JS ≤ 24 KB gzip": "PASS",
      "year page fonts ≤ 20 KB": "FAIL",
      "year page JS ≤ 10 KB gzip": "PASS",
    });
  });

  test("a budget fails when any size is over it, and the detail names every size's figure", () => {
    const under = { html: 10_000, css: 6_000, js: 4_000, fonts: 18_000, other: 200 };
    const checks = yearPageBudgets([sized(2, under), sized(100, { ...under, html: 14_500 })]);
    const text = checks.find((check) => check.name.startsWith("year page HTML+CSS+JS"));
    expect(text?.status).toBe("FAIL");
    expect(text?.detail).toBe("2 years 20.0 KB, 100 years 24.5 KB");
  });
});

describe("every page kind: layout shift and Lighthouse", () => {
  test("a page that moves fails the CLS budget, naming the page, the viewport and what moved", () => {
    const [cls] = pageKindBudgets([
      sized(2, { html: 0, css: 0, js: 0, fonts: 0, other: 0 }, [
        page("home", 0, 100),
        page("compare", 0.1018, undefined),
      ]),
    ]);
    expect(cls?.status).toBe("FAIL");
    expect(cls?.detail).toBe("compare /compare/ at 360×740: 0.102 (ul.compare-pairs)");
  });

  test("a shift that rounds to 0.000 passes, as the issue states the budget to three places", () => {
    const [cls] = pageKindBudgets([
      sized(2, { html: 0, css: 0, js: 0, fonts: 0, other: 0 }, [page("home", 0.0004, 100)]),
    ]);
    expect(cls?.status).toBe("PASS");
  });

  test("one page below 100 fails Lighthouse, naming its failing audit; pages Lighthouse did not score are not counted", () => {
    const pages = [page("home", 0, 100), page("search", 0, 89), page("a theme", 0, undefined)];
    const [, lighthouse] = pageKindBudgets([sized(100, { html: 0, css: 0, js: 0, fonts: 0, other: 0 }, pages)]);
    expect(lighthouse?.status).toBe("FAIL");
    expect(lighthouse?.detail).toBe("search 89/100/100/100: performance: Cumulative Layout Shift (0.223)");
  });

  test("without a --lighthouse size the page budgets say they were not measured", () => {
    const checks = pageKindBudgets([sized(10, { html: 0, css: 0, js: 0, fonts: 0, other: 0 })]);
    expect(checks.map((check) => check.status)).toEqual(["NOT MEASURED", "NOT MEASURED"]);
  });
});

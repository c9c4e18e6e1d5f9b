import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA, best practices, and AAA's enhanced contrast: 7:1 for text,
 * 4.5:1 for large text) on the page and returns its violations,
 * each with the selectors of the offending elements. The page must be opened with `bypassCSP`, since
 * axe is injected as a script the site's policy rightly refuses. Both contrast rules run: axe's enhanced
 * rule reports only text between AA's ratio and AAA's, so text under 4.5:1 is AA's rule's to report.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: a second check of the same page (another width) reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      rules: { "color-contrast-enhanced": { enabled: true } },
    });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

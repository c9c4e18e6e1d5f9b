import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { parse } from "yaml";
import { afterAll, describe, expect, test } from "vitest";
import { checkFigures, FigureQuoteError } from "../../src/lib/figures/check-figures.ts";
import { buildSiteIn } from "../support/build-in-folder.ts";
import { readReviewTree, type ReviewText } from "../../src/lib/passages/review-text.ts";
import { ReviewFrontmatterSchema, type Figure } from "../../src/lib/schema/review.ts";
import { DIST } from "./built-pages.ts";

const years = readdirSync("content/reviews")
  .map((f) => /^(\d{4})\.md$/.exec(f)?.[1])
  .filter((y): y is string => Boolean(y))
  .map(Number);

function frontmatterOf(year: number) {
  const source = readFileSync(`content/reviews/${year}.md`, "utf8");
  return ReviewFrontmatterSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? ""));
}

function elementsOf(html: string): Element[] {
  const all: Element[] = [];
  visit(fromHtml(html), "element", (node) => {
    all.push(node);
  });
  return all;
}

/** A built year page's review, read as the pages read it: the body below the lead, and the lead. */
function builtReviewText(year: number): ReviewText {
  const elements = elementsOf(readFileSync(join(DIST, String(year), "index.html"), "utf8"));
  const classes = (e: Element) =>
    Array.isArray(e.properties["className"]) ? e.properties["className"].map(String) : [];
  const body = elements.find((e) => e.tagName === "div" && classes(e).includes("review-text"));
  const lead = elements.find((e) => e.properties["id"] === "lead");
  if (!body || !lead) throw new Error(`dist/${year}/index.html: no review body or lead`);
  return readReviewTree(body, toString(lead));
}

describe.each(years)("the key figures of %i", (year) => {
  const figures = frontmatterOf(year).figures ?? [];
  const text = builtReviewText(year);

  test("every declared quote is in the text of the built page", () => {
    const located = checkFigures({ year, file: `content/reviews/${year}.md`, figures, text });
    expect(located).toHaveLength(figures.length);
  });

  test("a figure whose quote is not in the text is refused, naming the year, the file and the quote", () => {
    const first = figures[0];
    if (!first) return;
    const altered: Figure = { ...first, quote: `${first.quote} and more words no review printed` };
    const check = () => checkFigures({ year, file: `content/reviews/${year}.md`, figures: [altered], text });
    expect(check).toThrow(FigureQuoteError);
    expect(check).toThrow(`content/reviews/${year}.md`);
    expect(check).toThrow(altered.quote);
  });

  test("/figures/ lists each figure with a link to the passage that holds its quote, and to the words", () => {
    const page = readFileSync(join(DIST, "figures", "index.html"), "utf8");
    const links = elementsOf(page)
      .filter((e) => e.tagName === "a")
      .map((e) => String(e.properties["href"]));
    for (const figure of checkFigures({ year, file: "", figures, text })) {
      expect(links).toContain(`/${year}/#${figure.passage.anchor}`);
      expect(
        links.some(
          (href) =>
            href.startsWith(`/${year}/#:~:text=`) && decodeURIComponent(href.split("=")[1] ?? "") === figure.quote,
        ),
      ).toBe(true);
    }
  });

  test("the year page shows its figures in the Key figures aside, linked to their passages", () => {
    const elements = elementsOf(readFileSync(join(DIST, String(year), "index.html"), "utf8"));
    const aside = elements.find(
      (e) => e.tagName === "aside" && String(e.properties["ariaLabel"]).startsWith("Key figures"),
    );
    if (figures.length === 0) return expect(aside).toBeUndefined();
    expect(aside).toBeDefined();
    const hrefs: string[] = [];
    if (aside) visit(aside, "element", (e) => void (e.tagName === "a" && hrefs.push(String(e.properties["href"]))));
    for (const figure of checkFigures({ year, file: "", figures, text }))
      expect(hrefs).toContain(`#${figure.passage.anchor}`);
  });
});

describe("a real build with a figure whose quote is not in the review", () => {
  const work = mkdtempSync(join(tmpdir(), "figures-check-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("fails, and says which year, file and quote, and what to do", () => {
    const reviews = join(work, "reviews");
    cpSync("content/reviews", reviews, { recursive: true });
    const file = join(reviews, "2022.md");
    const good = "total trade turnover hit a record 732 billion USD";
    const wrong = "total trade turnover hit a record 750 billion USD";
    const source = readFileSync(file, "utf8");
    expect(source).toContain(`quote: ${good}`);
    writeFileSync(file, source.replace(`quote: ${good}`, `quote: ${wrong}`));
    // A build of its own, so the project's dist/ stays as the other tests read it.
    const run = buildSiteIn(work, { REVIEWS_DIR: reviews });
    const { output } = run;
    expect(run.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain("the 2022 review");
    expect(output).toContain("2022.md");
    expect(output).toContain(`"${wrong}"`);
    expect(output).toContain("Copy the quote exactly");
  }, 180_000);
});

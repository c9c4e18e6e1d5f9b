import { describe, expect, test } from "vitest";
import { checkFigures, FigureMeasureError, FigureQuoteError } from "../../../src/lib/figures/check-figures.ts";
import {
  encodeTextDirective,
  figureValue,
  passageHref,
  textFragmentHref,
} from "../../../src/lib/figures/figure-links.ts";
import { chartGeometry } from "../../../src/lib/figures/figure-chart.ts";
import { quotedSentence } from "../../../src/lib/figures/quoted-sentence.ts";
import type { Figure } from "../../../src/lib/schema/review.ts";
import { realReview } from "./real-reviews.ts";

const r2021 = await realReview(2021);
const r2022 = await realReview(2022);
const located = (review: typeof r2021) =>
  checkFigures({ year: review.year, file: review.file, figures: review.data.figures ?? [], text: review.text });

const bad: Figure = {
  measure: "trade-turnover",
  label: "Total trade turnover",
  value: 750,
  unit: "billion USD",
  quote: "total trade turnover hit a record 750 billion USD",
};

describe("the figures declared in the reviews", () => {
  test("every declared quote is found in its year's text, each in one passage", () => {
    expect(located(r2021).map((f) => [f.measure, f.passage.anchor])).toEqual([
      ["trade-turnover", "p-9"],
      ["citizens-brought-home", "p-15"],
      ["vaccine-coverage-rank", "p-9"],
      ["epidemic-day-cosponsors", "note-1"],
    ]);
    expect(located(r2022).map((f) => [f.measure, f.passage.anchor])).toEqual([
      ["trade-turnover", "p-12"],
      ["gdp-growth", "p-12"],
      ["fdi-disbursement", "p-12"],
      ["trade-rank", "p-12"],
      ["leaders-foreign-activities", "note-1"],
    ]);
  });

  test("trade turnover is followed across both years, so it can be charted", () => {
    const turnover = [...located(r2021), ...located(r2022)].filter((f) => f.measure === "trade-turnover");
    expect(turnover.map((f) => [f.year, f.value, f.qualifier])).toEqual([
      [2021, 600, "more than"],
      [2022, 732, "a record"],
    ]);
  });

  test("the 2021 review has the 120,000 citizens; the 2022 review gives no number of citizens and declares none", () => {
    expect(located(r2021).find((f) => f.measure === "citizens-brought-home")?.value).toBe(120000);
    expect(located(r2022).some((f) => f.unit === "citizens")).toBe(false);
    expect(r2022.text.passages.some((p) => /\d[\d,]* citizens/.test(p.text))).toBe(false);
  });
});

describe("checkFigures", () => {
  test("a quote the review does not contain is refused, naming the year, the file and the quote, and what to do", () => {
    const check = () => checkFigures({ year: 2022, file: "content/reviews/2022.md", figures: [bad], text: r2022.text });
    expect(check).toThrow(FigureQuoteError);
    expect(check).toThrow(/content\/reviews\/2022\.md/);
    expect(check).toThrow(/the 2022 review/);
    expect(check).toThrow(/"total trade turnover hit a record 750 billion USD"/);
    expect(check).toThrow(/Copy the quote exactly .* or remove the figure/s);
  });

  test("the quote is compared with whitespace normalised, and nothing else", () => {
    const spaced: Figure = { ...bad, value: 732, quote: "total trade\n  turnover hit a record   732 billion USD" };
    expect(checkFigures({ year: 2022, file: "f", figures: [spaced], text: r2022.text })[0]?.passage.anchor).toBe(
      "p-12",
    );
    const recased: Figure = { ...bad, value: 732, quote: "Total trade turnover hit a record 732 billion USD" };
    expect(() => checkFigures({ year: 2022, file: "f", figures: [recased], text: r2022.text })).toThrow(
      FigureQuoteError,
    );
  });

  test("a quote from another year's review is refused", () => {
    const fromOtherYear: Figure = {
      ...bad,
      value: 600,
      quote: "the import and export turnover exceeded 600 billion USD",
    };
    expect(() => checkFigures({ year: 2022, file: "f", figures: [fromOtherYear], text: r2022.text })).toThrow(
      FigureQuoteError,
    );
  });

  test("a note marker is apparatus, not text: a quote runs on across it as the reader reads it", () => {
    const plain: Figure = { ...bad, quote: "hosted leaders of many countries. All these activities" };
    expect(checkFigures({ year: 2022, file: "f", figures: [plain], text: r2022.text })[0]?.passage.anchor).toBe("p-7");
  });

  test("one measure declared twice in a year is refused", () => {
    const ok: Figure = { ...bad, value: 732, quote: "total trade turnover hit a record 732 billion USD" };
    expect(() => checkFigures({ year: 2022, file: "f", figures: [ok, ok], text: r2022.text })).toThrow(
      FigureMeasureError,
    );
  });
});

describe("how a figure reads and links", () => {
  test("values read as the text gives them", () => {
    expect(figureValue({ value: 600, unit: "billion USD", qualifier: "more than" })).toBe("more than 600 billion USD");
    expect(figureValue({ value: 120000, unit: "citizens", qualifier: "about" })).toBe("about 120,000 citizens");
    expect(figureValue({ value: 8, unit: "%" })).toBe("8%");
  });

  test("a figure links to its paragraph, and to its words with a text fragment", () => {
    const [turnover] = located(r2022);
    expect(turnover && passageHref(turnover)).toBe("/2022/#p-12");
    expect(textFragmentHref(2022, "total trade turnover hit a record 732 billion USD")).toBe(
      "/2022/#:~:text=total%20trade%20turnover%20hit%20a%20record%20732%20billion%20USD",
    );
  });

  test("the text directive encodes the characters it gives meaning to (- , &)", () => {
    expect(encodeTextDirective("in-person, phone & 8%")).toBe("in%2Dperson%2C%20phone%20%26%208%25");
  });

  test("the quoted sentence is cut around the quote, with the passage's other sentences left out", () => {
    const passage = r2021.text.passages.find((p) => p.anchor === "p-9")?.text ?? "";
    const s = quotedSentence(passage, "the import and export turnover exceeded 600 billion USD");
    expect(s.before).toBe("As a result, ");
    expect(s.after).toBe(".");
    expect([s.cutBefore, s.cutAfter]).toEqual([true, true]);
  });

  test("the chart's bars start at zero, oldest year first, and mark a lower bound", () => {
    const turnover = [...located(r2022), ...located(r2021)].filter((f) => f.measure === "trade-turnover");
    const chart = chartGeometry(turnover);
    expect(chart.rows.map((r) => [r.year, r.barPercent, r.lowerBound])).toEqual([
      [2021, 82, true],
      [2022, 100, false],
    ]);
  });
});

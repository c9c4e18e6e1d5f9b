/**
 * A made-up article in the publisher's layout with every variant the importer must handle: a
 * printed name line, `_Photo:VGP` without a space, glued and spaced note markers, blank lines
 * inside the notes block, standalone `First,` … `Sixth,` points, run-in `Firstly,` points,
 * numbered lessons, a lone numbered line that is no lesson, text that looks like Markdown, and a
 * closing line with no-break spaces and no final newline.
 */
/** The printed name's parts, which the importer needs for any name (the split is editorial data). */
export const SYNTHETIC_NAME_PARTS = { authorFamily: "NGUYEN", authorGiven: "VAN A" } as const;
/** The same as command-line options. */
export const SYNTHETIC_NAME_FLAGS = ["--author-family", "NGUYEN", "--author-given", "VAN A"] as const;

export const SYNTHETIC_LINES: readonly string[] = [
  /* 1 */ "Synthetic diplomatic highlights in 2031: a test article",
  /* 2 */ "",
  /* 3 */ "NGUYEN VAN A",
  /* 4 */ "Member of the Party Central Committee, Minister of Foreign Affairs",
  /* 5 */ "Tuesday, January 6, 2032 09:05",
  /* 6 */ "",
  /* 7 */ "Communist Review - 2031 was a synthetic year (the 2030-2031 tenure) used by the tests.",
  /* 8 */ "",
  /* 9 */ "The minister receiving a delegation in Ha Noi (the 2030-2031 tenure) _Photo:VGP",
  /* 10 */ "",
  /* 11 */ "World enters new phase   ",
  /* 12 */ "",
  /* 13 */ "Looking back at 2031, the world met a “bright spot”(1) and progress (2). Vaccines arrived in 2031 (1931) too.",
  /* 14 */ "",
  /* 15 */ "First, a favorable landscape was maintained for national development.",
  /* 16 */ "",
  /* 17 */ "Second, economic diplomacy contributed significantly(3).",
  /* 18 */ "",
  /* 19 */ "Third, the country’s standing rose.",
  /* 20 */ "",
  /* 21 */ "Fourth, research was accelerated.",
  /* 22 */ "",
  /* 23 */ "Fifth, cultural diplomacy was combined with economic diplomacy.",
  /* 24 */ "",
  /* 25 */ "Sixth, the diplomatic sector was strengthened.",
  /* 26 */ "",
  /* 27 */ "Results of the year",
  /* 28 */ "",
  /* 29 */ "Firstly, consolidating the position with the U.S. Government, e.g. by talks with Mr. Smith on Conclusion No. 12-KL/TW. In the pandemic, the sector managed(4).",
  /* 30 */ "",
  /* 31 */ "Secondly, promoting economic diplomacy. Markets were expanded, etc. and more.",
  /* 32 */ "",
  /* 33 */ "The lessons learned include:",
  /* 34 */ "",
  /* 35 */ "1. Remaining calm and prudent.",
  /* 36 */ "",
  /* 37 */ "2. Constantly innovating (5).",
  /* 38 */ "",
  /* 39 */ "3. Improving research.",
  /* 40 */ "",
  /* 41 */ "1. A line that is no lesson, with *stars*, _underscores_, [brackets] and a:colon.",
  /* 42 */ "",
  /* 43 */ "2023 is a pivotal year.",
  /* 44 */ "",
  /* 45 */ "A delegation arrives _Photo: VNA",
  /* 46 */ "",
  /* 47 */ "",
  /* 48 */ "(1) A note on bright spots.",
  /* 49 */ "",
  /* 50 */ "(2) A note that goes on",
  /* 51 */ "on a second line.",
  /* 52 */ "(3) A third note.",
  /* 53 */ "",
  /* 54 */ "(4) A fourth note.",
  /* 55 */ "(5) A fifth note, Vol. I, p.p 161 - 162",
  /* 56 */ "",
  /* 57 */ "This article was published in the Communist Review No.\u00a09999\u00a0(March 2032)",
];

export interface SyntheticOptions {
  lineEnding?: "\n" | "\r\n";
  bom?: boolean;
  /** Replaces the text of 1-based lines, e.g. to break the article in one place. */
  replaceLines?: Readonly<Record<number, string>>;
  /** Leaves out 1-based lines (numbered before any replacement). */
  dropLines?: readonly number[];
}

export function syntheticArticle(options: SyntheticOptions = {}): string {
  const lines = SYNTHETIC_LINES.map((line, index) => options.replaceLines?.[index + 1] ?? line).filter(
    (_, index) => !(options.dropLines ?? []).includes(index + 1),
  );
  return (options.bom === true ? "\uFEFF" : "") + lines.join(options.lineEnding ?? "\n");
}

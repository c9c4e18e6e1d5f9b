import { ImportError } from "./import-error.ts";
import { isBlank, type SourceLine } from "./source-text.ts";
import { MONTHS } from "../calendar.ts";

/** The byline and dates above the lead: title; blank line; optional name; role; date. */
export interface ArticleHeader {
  title: SourceLine;
  name?: string;
  role: string;
  /** ISO 8601 with the Hanoi offset. */
  published: string;
  /** The first line after the date line, where the lead is expected. */
  nextLine: number;
}

const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** `Wednesday, July 20, 2022 08:20`: the online date, in Hanoi time. */
const DATE_LINE = new RegExp(
  `^(?:${WEEKDAYS}),\\s+(${MONTHS.join("|")})\\s+(\\d{1,2}),\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})$`,
);
const HANOI_OFFSET = "+07:00";

/** The lead begins `Communist Review - ` (a dash of any width is accepted). */
export const LEAD_START = /^Communist Review\s+[-–—]\s/;
const EXAMPLE_DATE = "like 'Wednesday, July 20, 2022 08:20', Hanoi time";

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

/** A name printed on its own line in capitals, e.g. `BUI THANH SON`. */
export function isNameLine(text: string): boolean {
  return text.length <= 80 && /^\p{Lu}[\p{Lu}\p{M}'’.\- ]*$/u.test(text) && /\p{Lu}{2}/u.test(text);
}

export function parseHeader(lines: readonly SourceLine[], file: string): ArticleHeader {
  const filled = lines.filter((sourceLine) => !isBlank(sourceLine));
  const lastLine = lines.at(-1)?.line ?? 1;
  const title = filled[0];
  if (title === undefined) {
    throw new ImportError({ file, line: 1 }, "the file is empty", "import the article's text");
  }
  // A role line is directly followed by the date; a title is followed by a blank line.
  const lineAfterTitle = lines[title.line]?.text ?? "";
  if (isDateLine(title.text) || LEAD_START.test(title.text) || isNameLine(title.text) || isDateLine(lineAfterTitle)) {
    throw new ImportError(
      { file, line: title.line },
      "no title: the article must begin with its title line",
      "put the title as printed on the first line, followed by a blank line",
    );
  }

  let next = 1;
  const nameLine = filled[next];
  const name = nameLine !== undefined && isNameLine(nameLine.text) ? nameLine.text.trim() : undefined;
  if (name !== undefined) next += 1;

  const roleLine = filled[next];
  if (roleLine === undefined || isDateLine(roleLine.text) || LEAD_START.test(roleLine.text)) {
    throw new ImportError(
      { file, line: roleLine?.line ?? lastLine },
      "expected the author's role line here",
      "after the title (and the name line, if printed) comes the role, e.g. 'Member of the Party Central Committee, Minister of Foreign Affairs'",
    );
  }
  next += 1;

  const dateLine = filled[next];
  const published = dateLine === undefined ? undefined : parsePublished(dateLine.text);
  if (dateLine === undefined || published === undefined) {
    throw new ImportError(
      { file, line: dateLine?.line ?? lastLine },
      "expected the online date line here",
      `the line after the role gives the date ${EXAMPLE_DATE}`,
    );
  }

  return {
    title: { line: title.line, text: title.text.trim() },
    ...(name === undefined ? {} : { name }),
    role: roleLine.text.trim(),
    published,
    nextLine: dateLine.line + 1,
  };
}

/** `Wednesday, July 20, 2022 08:20` → `2022-07-20T08:20:00+07:00`; undefined if not a real date. */
export function parsePublished(text: string): string | undefined {
  const match = DATE_LINE.exec(text.trim());
  if (match === null) return undefined;
  const [, monthName, day, year, hour, minute] = match;
  const month = MONTHS.findIndex((candidate) => candidate === monthName) + 1;
  const calendar = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  const isRealDay = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === Number(day);
  if (!isRealDay || Number(hour) > 23 || Number(minute) > 59) return undefined;
  const pad = (value: number | string): string => String(value).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day ?? "")}T${pad(hour ?? "")}:${minute}:00${HANOI_OFFSET}`;
}

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * The reference the fidelity tests hold pages against, read straight from the published text and
 * independent of the importer: the words of the title, lead, captions, body and notes, in order.
 * The byline, the date line and the closing line are left out: the page shows them as metadata.
 */

export const SOURCES_DIR = "content/sources";

/** Words as a reader sees them: runs of letters and digits; punctuation and layout marks fall away. */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface SourceArticle {
  file: string;
  year: number;
  text: string;
}

export function sourceArticles(): SourceArticle[] {
  return readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => {
      const text = readFileSync(join(SOURCES_DIR, f), "utf8");
      const year = Number(/^(\d{4})-/.exec(f)?.[1]);
      return { file: f, year, text };
    });
}

const DATE_LINE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4} \d{2}:\d{2}$/;
const CLOSING_LINE = /^This article was published in the Communist Review/;
const ROLE_LINE = /Minister of Foreign Affairs$/;
const NAME_LINE = /^[\p{Lu}\s]+$/u;

/** The words of an article's text proper, with note numbers dropped from the notes block. */
export function sourceTextWords(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (i > 0 && i < 6 && (DATE_LINE.test(t) || ROLE_LINE.test(t) || (NAME_LINE.test(t) && t.length > 0))) return;
    if (CLOSING_LINE.test(t)) return;
    kept.push(line.replace(/^\((\d+)\)\s/, ""));
  });
  return words(kept.join("\n"));
}

/** The position of the first difference between two word lists, with some context, or undefined. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      const around = (list: string[]) => list.slice(Math.max(0, i - 6), i + 6).join(" ");
      return `word ${i}: expected “${expected[i]}”, page has “${actual[i]}”\n  source: …${around(expected)}…\n  page:   …${around(actual)}…`;
    }
  }
  return undefined;
}

/**
 * The source as the edition means to show it: the published text with the editors' declared
 * corrections (frontmatter `corrections` of `content/reviews/<year>.md`) applied, and nothing else.
 */
export function correctedSource(year: number, text: string): string {
  const markdown = readFileSync(join("content/reviews", `${year}.md`), "utf8");
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? "") as {
    corrections?: { original: string; corrected: string }[];
  };
  return (frontmatter.corrections ?? []).reduce((t, c) => t.replace(c.original, c.corrected), text);
}

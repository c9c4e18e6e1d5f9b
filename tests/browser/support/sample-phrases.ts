import { correctedSource, sourceArticles } from "../../support/source-words.ts";

/**
 * Phrases a reader might type, drawn from the published text itself rather than picked by hand:
 * three consecutive words from every paragraph, caption, lead and note of every source, at a place
 * chosen by a generator seeded with the file and line, so each run draws the same sample.
 */
export interface SampledPhrase {
  year: number;
  /** `2021-communist-review-984.txt:12` */
  source: string;
  kind: "lead" | "paragraph" | "caption" | "note";
  phrase: string;
}

const PHRASE_WORDS = 3;
const CLOSING_LINE = /^This article was published in the Communist Review/;
const NOTE_LINE = /^\((\d+)\)\s+/;
/** A line the importer reads as a section heading: short, no closing punctuation (README). */
const isHeading = (t: string) => t.length <= 140 && !/[.:;,?!]$/.test(t) && !/^[\d(]/.test(t);

/** FNV-1a, then mulberry32: a small seeded generator, the same on every machine. */
function seeded(key: string): () => number {
  let h = 0x811c9dc5;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words as typed: whitespace-separated, without the punctuation around them or note markers. */
function typedWords(line: string): string[] {
  return line
    .replace(/\(\d{1,3}\)/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

export function sampledPhrases(): SampledPhrase[] {
  const phrases: SampledPhrase[] = [];
  for (const article of sourceArticles()) {
    const lines = correctedSource(article.year, article.text)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    let bodyStarted = false;
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (!line || i === 0 || CLOSING_LINE.test(line)) return;
      if (line.startsWith("Communist Review - ")) bodyStarted = true;
      if (!bodyStarted || (isHeading(line) && !NOTE_LINE.test(line))) return;
      const kind = NOTE_LINE.test(line)
        ? "note"
        : /_Photo:/.test(line)
          ? "caption"
          : line.startsWith("Communist Review - ")
            ? "lead"
            : "paragraph";
      const text = line.replace(NOTE_LINE, "").replace(/\s*_Photo:.*$/, "");
      const words = typedWords(text);
      const random = seeded(`${article.file}:${i + 1}`);
      const start = Math.floor(random() * Math.max(1, words.length - PHRASE_WORDS + 1));
      phrases.push({
        year: article.year,
        source: `${article.file}:${i + 1}`,
        kind,
        phrase: words.slice(start, start + PHRASE_WORDS).join(" "),
      });
    });
  }
  return phrases;
}

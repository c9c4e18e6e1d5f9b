import { sentencesOf } from "../passages/sentences.ts";
import { formKey } from "./forms.ts";
import { IndexError } from "./index-error.ts";
import type { IndexEntry } from "./index-files.ts";
import type { IndexedReview, IndexPassage } from "./index-texts.ts";
import { NameMatcher } from "./name-matcher.ts";

/** One sentence of one passage that mentions an entry, with the mentions marked. */
export interface MentionSentence {
  year: number;
  anchor: string;
  label: string;
  spoken: string;
  sentence: string;
  /** Where `sentence` starts in its passage's text. */
  at: number;
  /** [start, end) of each mention within `sentence`. */
  marks: [number, number][];
  /** The words as printed, for the year page's `?highlight=`. */
  words: string[];
}

/** How the reviews style a person, with the passage holding the quote. */
export interface FoundStyle {
  year: number;
  quote: string;
  anchor: string;
  label: string;
}

export interface IndexRecord {
  entry: IndexEntry;
  /** Mentions per year, newest year first; years without one are left out. */
  years: { year: number; count: number; sentences: MentionSentence[] }[];
  count: number;
  /** Years whose review the entry names as author (the edition's addition), newest first. */
  authorOf: number[];
  styles: FoundStyle[];
  /** Entries that name this one as `broader`: their mentions are not counted here, but listed. */
  narrower: IndexEntry[];
}

/**
 * The refusal of an alias two entries share: a form names one entry only, or a mention could not
 * say what it names. Forms are compared by key, so "Viet Nam" and "Vietnam" are one form.
 */
export function checkSharedForms(entries: readonly IndexEntry[]): void {
  const owner = new Map<string, IndexEntry>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const key = formKey(form);
      const other = owner.get(key);
      if (other && other !== entry)
        throw new IndexError(
          entry.file,
          entry.line,
          `the form "${form}" of "${entry.slug}" is also a form of "${other.slug}" (${other.file}:${other.line})`,
          "a form names one entry: keep it in one of them",
        );
      owner.set(key, entry);
    }
  }
  const slugs = new Map<string, IndexEntry>();
  for (const entry of entries) {
    if (entry.broader && !entries.some((e) => e.slug === entry.broader))
      throw new IndexError(
        entry.file,
        entry.line,
        `"${entry.slug}" is part of "${entry.broader}", which no entry is`,
        "give the slug of an entry as `broader`",
      );
    const other = slugs.get(entry.slug);
    if (other)
      throw new IndexError(
        entry.file,
        entry.line,
        `the slug "${entry.slug}" is used twice (also ${other.file}:${other.line})`,
        "give each entry its own slug",
      );
    slugs.set(entry.slug, entry);
  }
}

/** Where each match stands: its sentence, with every mention of the same entry in it marked. */
function sentencesWithMentions(
  year: number,
  passage: IndexPassage,
  matches: { start: number; end: number; entry: IndexEntry }[],
): Map<IndexEntry, MentionSentence[]> {
  const found = new Map<IndexEntry, MentionSentence[]>();
  if (!matches.length) return found;
  const text = passage.text;
  let offset = 0;
  const spans = sentencesOf(text).map((sentence) => {
    const at = text.indexOf(sentence, offset);
    offset = at + sentence.length;
    return { at, sentence };
  });
  for (const { start, end, entry } of matches) {
    const span = spans.findLast((s) => s.at <= start) ?? { at: 0, sentence: text };
    const list = found.get(entry) ?? [];
    let item = list.at(-1);
    if (!item || item.sentence !== span.sentence || item.anchor !== passage.anchor) {
      item = { year, ...pick(passage), sentence: span.sentence, at: span.at, marks: [], words: [] };
      list.push(item);
      found.set(entry, list);
    }
    const from = start - span.at;
    const to = Math.min(end - span.at, span.sentence.length);
    item.marks.push([from, to]);
    item.words.push(span.sentence.slice(from, to));
  }
  return found;
}

const pick = ({ anchor, label, spoken }: IndexPassage) => ({ anchor, label, spoken });

/**
 * The index built from the editors' entries and the reviews' text, in one pass over each passage.
 * Refuses (IndexError, naming file and line) an alias two entries share, an entry nothing mentions,
 * and a person's style whose quote is not in that year's review.
 */
export function buildNameIndex(entries: readonly IndexEntry[], reviews: readonly IndexedReview[]): IndexRecord[] {
  checkSharedForms(entries);
  const matcher = new NameMatcher(entries);
  const byEntry = new Map<IndexEntry, Map<number, MentionSentence[]>>();
  const newestFirst = [...reviews].sort((a, b) => b.year - a.year);
  for (const review of newestFirst) {
    for (const passage of review.passages) {
      const matches = matcher.matches(passage.text).map((m) => ({ start: m.start, end: m.end, entry: m.named }));
      for (const [entry, sentences] of sentencesWithMentions(review.year, passage, matches)) {
        const years = byEntry.get(entry) ?? new Map<number, MentionSentence[]>();
        years.set(review.year, [...(years.get(review.year) ?? []), ...sentences]);
        byEntry.set(entry, years);
      }
    }
  }
  return entries.map((entry) => {
    const years = [...(byEntry.get(entry) ?? new Map<number, MentionSentence[]>())].map(([year, sentences]) => ({
      year,
      count: sentences.reduce((n, s) => n + s.marks.length, 0),
      sentences,
    }));
    const authorOf = newestFirst
      .filter((r) => entry.editorial && r.editorialAuthor === entry.heading)
      .map((r) => r.year);
    const narrower = entries.filter((e) => e.broader === entry.slug);
    if (!years.length && !authorOf.length && !narrower.some((e) => byEntry.has(e)))
      throw new IndexError(
        entry.file,
        entry.line,
        `no review mentions "${entry.slug}" by any of its forms: ${entry.forms.map((f) => `"${f}"`).join(", ") || "(none)"}`,
        "correct the forms to the words the reviews print, or remove the entry (a longer name holding a form takes its mention)",
      );
    return {
      entry,
      years,
      count: years.reduce((n, y) => n + y.count, 0),
      authorOf,
      narrower,
      styles: (entry.styles ?? []).map((style) => findStyle(entry, style, reviews)),
    };
  });
}

function findStyle(entry: IndexEntry, style: { year: number; quote: string }, reviews: readonly IndexedReview[]) {
  const review = reviews.find((r) => r.year === style.year);
  const passage = review?.passages.find((p) => p.text.includes(style.quote));
  if (!passage)
    throw new IndexError(
      entry.file,
      entry.line,
      `the style "${style.quote}" of "${entry.slug}" is not in the text of the ${style.year} review`,
      "copy the words exactly from the review",
    );
  return { year: style.year, quote: style.quote, anchor: passage.anchor, label: passage.label };
}

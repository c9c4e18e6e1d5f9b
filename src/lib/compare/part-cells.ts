import type { Passage } from "../passages/review-text.ts";
import { sentencesOf, shorten } from "../passages/sentences.ts";
import type { ReviewPart } from "./parts.ts";

/** A citation as shown (`¶ 5–19`) and as said (`paragraphs 5 to 19`). */
export interface Citation {
  label: string;
  spoken: string;
}

/** What a compare cell shows of one part of one review: words of the review, each with its anchor. */
export interface PartCell {
  /** The section, linked by its title. */
  section: { id: string; title: string };
  /** A sentence that opens or introduces the part, quoted, and the passage it comes from. */
  intro?: { text: string; anchor: string; cite: Citation };
  /** The part's points or lessons, each trimmed to its lead sentence. */
  entries: { text: string; anchor: string; cite?: Citation }[];
  /** The paragraphs the part spans, e.g. `¶ 1–4`. */
  span: Citation | undefined;
  /** The part is its whole section (otherwise a paragraph within it, such as 2021's lessons). */
  wholeSection: boolean;
}

/** Lessons are whole sentences; only a very long one is cut at a word. Points are whole lead sentences. */
const LESSON_LENGTH = 260;

export function partCell(part: ReviewPart): PartCell {
  const cell: PartCell = {
    section: part.section,
    entries: [],
    span: spanOf(part.passages),
    wholeSection: part.anchor === part.section.id,
  };
  const first = part.passages.find((p) => p.kind === "paragraph" || p.kind === "item");
  if (part.points.length > 0) {
    cell.entries = part.points.map((point) => ({ text: point.title, anchor: point.id }));
  } else if (part.name === "lessons" && first) {
    Object.assign(cell, lessonsOf(part.passages));
  } else if (first) {
    cell.intro = { text: sentencesOf(first.text)[0] ?? first.text, anchor: first.anchor, cite: citationOf(first) };
  }
  return cell;
}

/**
 * The lessons: the sentence that announces them, then either the numbered list that follows the
 * paragraph (2022) or the sentences that follow it in the paragraph (2021), one lesson each.
 */
function lessonsOf(passages: Passage[]): Pick<PartCell, "intro" | "entries"> {
  const [paragraph, ...items] = passages;
  if (!paragraph) return { entries: [] };
  const sentences = sentencesOf(paragraph.text);
  const at = Math.max(
    0,
    sentences.findIndex((s) => /\blessons?\b/i.test(s)),
  );
  const intro = { text: sentences[at] ?? paragraph.text, anchor: paragraph.anchor, cite: citationOf(paragraph) };
  const entries =
    items.length > 0
      ? items.map((item) => ({ text: shorten(item.text, LESSON_LENGTH), anchor: item.anchor, cite: citationOf(item) }))
      : // The lessons run on in the paragraph the intro already cites: no label repeated on each.
        sentences.slice(at + 1).map((s) => ({ text: shorten(s, LESSON_LENGTH), anchor: paragraph.anchor }));
  return { intro, entries };
}

function citationOf(passage: Passage): Citation {
  return { label: passage.label, spoken: passage.spoken };
}

/** `¶ 5–19`, `¶ 20`, or none; notes and the lead are not part of a section. */
export function spanOf(passages: Passage[]): Citation | undefined {
  const numbers = passages
    .map((p) => Number(/^p-(\d+)$/.exec(p.anchor)?.[1]))
    .filter((n) => Number.isFinite(n) && n > 0);
  if (numbers.length === 0) return undefined;
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  return low === high
    ? { label: `¶ ${low}`, spoken: `paragraph ${low}` }
    : { label: `¶ ${low}–${high}`, spoken: `paragraphs ${low} to ${high}` };
}

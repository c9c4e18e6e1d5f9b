import { sentencesOf } from "../passages/sentences.ts";
import { markedSegments } from "../name-index/marked-segments.ts";

/** A run of an excerpt's text, marked when it is one of the theme's keywords. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

export interface MarkedExcerpt {
  segments: ExcerptSegment[];
  /** The excerpt starts after the passage's start, or ends before its end (shown as "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The sentence of a passage where its first keyword occurs (with the next one when it is short),
 * keywords marked; a sentence longer than `max` is cut to a window around the keyword.
 */
export function markedExcerpt(text: string, matchesIn: (text: string) => [number, number][], max = 320): MarkedExcerpt {
  const first = matchesIn(text)[0];
  if (!first)
    return {
      segments: [{ text: shortenAt(text, 0, max), marked: false }],
      cutBefore: false,
      cutAfter: text.length > max,
    };
  const sentences = sentencesOf(text);
  let offset = 0;
  let start = 0;
  let end = text.length;
  for (const [i, sentence] of sentences.entries()) {
    const at = text.indexOf(sentence, offset);
    if (at + sentence.length > first[0]) {
      start = at;
      end = at + sentence.length;
      const next = sentences[i + 1];
      if (next && sentence.length + next.length < max * 0.6) end = text.indexOf(next, end) + next.length;
      break;
    }
    offset = at + sentence.length;
  }
  if (end - start > max) {
    start = Math.max(start, wordStart(text, first[0] - Math.floor(max / 3)));
    end = Math.min(end, wordEnd(text, start + max));
  }
  const excerpt = text.slice(start, end);
  return { segments: segmentsOf(excerpt, matchesIn(excerpt)), cutBefore: start > 0, cutAfter: end < text.length };
}

function segmentsOf(text: string, found: [number, number][]): ExcerptSegment[] {
  return markedSegments(text, mergeAdjacent(text, found));
}

/** "United Nations" + "Security Council" is marked as one run, not two with a gap. */
function mergeAdjacent(text: string, ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from >= last[1] && /^\s*$/.test(text.slice(last[1], from))) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(" ", at);
  return space === -1 ? at : space;
}

function shortenAt(text: string, start: number, max: number): string {
  return text.length - start <= max ? text.slice(start) : text.slice(start, wordEnd(text, start + max));
}

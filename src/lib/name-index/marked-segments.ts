/** A run of a sentence, marked when it is a mention. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** A sentence cut into runs at its marks ([start, end), in order, not overlapping). */
export function markedSegments(text: string, marks: readonly [number, number][]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from < at) continue;
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    segments.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** A sentence cut to the words around its marks, for a long list to stay small (≈ `context` characters each side). */
export interface SentenceWindow {
  text: string;
  marks: [number, number][];
  cutBefore: boolean;
  cutAfter: boolean;
}

export function sentenceWindow(sentence: string, marks: readonly [number, number][], context = 80): SentenceWindow {
  const first = marks[0]?.[0] ?? 0;
  const last = marks.at(-1)?.[1] ?? 0;
  let start = Math.max(0, first - context);
  let end = Math.min(sentence.length, last + context);
  // Cut at spaces, never inside a word; a cut of a few characters is not worth an ellipsis.
  if (start < 12) start = 0;
  else start = sentence.indexOf(" ", start) + 1 || start;
  if (sentence.length - end < 12) end = sentence.length;
  else end = Math.max(last, sentence.lastIndexOf(" ", end));
  return {
    text: sentence.slice(start, end),
    marks: marks.map(([from, to]) => [from - start, to - start]),
    cutBefore: start > 0,
    cutAfter: end < sentence.length,
  };
}

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

import { sentenceWindow, type SentenceWindow } from "./marked-segments.ts";
import type { MentionSentence } from "./name-index.ts";

/** One paragraph's mentions of an entry: one link to it, then each sentence holding a mention. */
export interface MentionParagraph {
  anchor: string;
  label: string;
  spoken: string;
  /** Every mention's words as printed, for the link's `?highlight=`. */
  words: string[];
  /** The sentences' windows, in reading order, each with what stands between it and the one before. */
  parts: { window: SentenceWindow; before: "" | " " | " … " }[];
}

/**
 * An entry's mentions in one year, a paragraph at a time: a paragraph that names the entry in three
 * sentences is one line with one link, not three (at 100 years the links were most of an entry's
 * page). Every sentence still stands with its mentions marked; an ellipsis stands wherever words of
 * the paragraph are left out, between sentences as within them.
 */
export function mentionParagraphs(sentences: readonly MentionSentence[]): MentionParagraph[] {
  const paragraphs: MentionParagraph[] = [];
  let previous: MentionSentence | undefined;
  for (const sentence of sentences) {
    const window = sentenceWindow(sentence.sentence, sentence.marks);
    const last = paragraphs.at(-1);
    if (!last || previous?.anchor !== sentence.anchor) {
      paragraphs.push({
        anchor: sentence.anchor,
        label: sentence.label,
        spoken: sentence.spoken,
        words: [...sentence.words],
        parts: [{ window, before: "" }],
      });
    } else {
      const before = last.parts.at(-1);
      const whole = followsOn(previous, sentence) && !before?.window.cutAfter && !window.cutBefore;
      // One ellipsis for a gap: the windows' own facing cuts give way to the one between them.
      if (before) before.window = { ...before.window, cutAfter: false };
      last.parts.push({ window: { ...window, cutBefore: false }, before: whole ? " " : " … " });
      last.words.push(...sentence.words);
    }
    previous = sentence;
  }
  return paragraphs;
}

/** Whether a sentence is the next one of its passage: sentences are cut at spaces, so only a space or two lies between. */
function followsOn(before: MentionSentence, sentence: MentionSentence): boolean {
  const gap = sentence.at - (before.at + before.sentence.length);
  return gap >= 0 && gap <= 2;
}

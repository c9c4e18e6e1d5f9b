/**
 * The document model: what an article says, separated from how it was laid out as text and from
 * how it will be written as Markdown. Every part remembers its 1-based source line for errors.
 */

/** A run of words as printed, or a note marker `(n)` that the text cites at that place. */
export type InlineNode = { kind: "text"; value: string } | { kind: "noteReference"; number: number; line: number };

/** A photo caption; no image exists, only the caption's words and credit. */
export interface ArticleCaption {
  /** `photo-1`, `photo-2` … in order of appearance. */
  id: string;
  text: string;
  /** The agency, e.g. `VNA`. */
  credit: string;
  /** The credit exactly as printed, e.g. `_Photo:VGP`. */
  creditAsPrinted: string;
}

export interface LessonItem {
  line: number;
  /** The item's words without its printed number, which the list numbering carries. */
  content: InlineNode[];
}

export type ArticleBlock =
  | { kind: "caption"; line: number; caption: ArticleCaption }
  | { kind: "sectionHeading"; line: number; content: InlineNode[] }
  /** An ordinal point printed as a one-sentence paragraph of its own (`First, … .`). */
  | { kind: "pointHeading"; line: number; content: InlineNode[] }
  /** An ordinal point whose paragraph goes on; `leadIn` is its first sentence. */
  | { kind: "pointParagraph"; line: number; leadIn: InlineNode[]; rest: InlineNode[] }
  | { kind: "paragraph"; line: number; content: InlineNode[] }
  /** Consecutive numbered paragraphs `1. …`, `2. …`; `start` is the first printed number. */
  | { kind: "lessonList"; line: number; start: number; items: LessonItem[] };

export interface ArticleNote {
  number: number;
  line: number;
  /** The note's words after `(n) `; continuation lines are kept after a line break. */
  text: string;
}

export interface PrintIssue {
  line: number;
  /** E.g. `Communist Review`. */
  publication: string;
  issue: number;
  /** The issue's month as printed, e.g. `February 2022`. */
  issueDate: string;
}

export interface ArticleDocument {
  title: { text: string; line: number };
  author: {
    /** Only when the source prints a name line. */
    name?: string;
    role: string;
  };
  /** The online date-time, ISO 8601 with the Hanoi offset. */
  published: string;
  /** The lead paragraph, `Communist Review - ` prefix included. */
  lead: string;
  blocks: ArticleBlock[];
  notes: ArticleNote[];
  printIssue: PrintIssue;
}

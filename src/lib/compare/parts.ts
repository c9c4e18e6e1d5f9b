import { PART_NAMES, type PartName } from "../schema/review.ts";
import type { Passage, ReviewText, Section, Subsection } from "../passages/review-text.ts";

/**
 * The four parts every review has, found by one documented rule so that a new year lines up with
 * the others without an editor's help:
 *
 * - **world**: the first `##` section (the review opens with the world situation);
 * - **results**: the first section holding ordinal points (`Firstly, …`, `First, …`);
 * - **tasks**: the last section holding ordinal points, when it is not the results section;
 * - **lessons**: the last paragraph before the tasks section that mentions "lesson(s)" (an earlier
 *   mention, such as 2021's "lessons drawn from experience" inside a result, gives way to it).
 *
 * A review's frontmatter `parts` overrides the rule part by part with a section id, a point id or a
 * paragraph anchor (`p-19`) of its year page.
 */

export interface ReviewPart {
  name: PartName;
  /** The `##` section the part sits in. */
  section: Pick<Section, "id" | "title">;
  /** The id a link to the part lands on: its section, point or paragraph. */
  anchor: string;
  /** The part's passages in reading order. */
  passages: Passage[];
  /** Its ordinal points, in order (results and tasks). */
  points: Subsection[];
  /** Whether the rule found it or the review's frontmatter named it. */
  foundBy: "rule" | "frontmatter";
}

export type ReviewParts = Partial<Record<PartName, ReviewPart>>;

/** A frontmatter `parts` entry naming no section, point or paragraph of the review. */
export class PartOverrideError extends Error {
  readonly file: string;
  readonly part: string;
  readonly id: string;

  constructor(file: string, part: string, id: string) {
    super(
      `${file}: parts.${part} names "${id}", which is no section, point or paragraph of the review. ` +
        "Use an id of its year page (a section's slug, a point's slug, or p-N), or remove the entry to let the rule find it.",
    );
    this.name = "PartOverrideError";
    this.file = file;
    this.part = part;
    this.id = id;
  }
}

const LESSONS = /\blessons?\b/i;

export function findParts(
  text: ReviewText,
  overrides: Partial<Record<PartName, string>> = {},
  file = "review",
): ReviewParts {
  const parts: ReviewParts = {};
  const withPoints = text.sections.filter((s) => s.subsections.some((sub) => sub.ordinal));
  const first = text.sections[0];
  const results = withPoints[0];
  const last = withPoints.at(-1);
  const tasks = last && last !== results ? last : undefined;

  if (first) parts.world = wholeSection("world", first);
  if (results) parts.results = wholeSection("results", results);
  if (tasks) parts.tasks = wholeSection("tasks", tasks);
  const lessonsAt = lessonsPassage(text, tasks);
  const lessons = lessonsAt && fromPassage("lessons", text, lessonsAt);
  if (lessons) parts.lessons = lessons;

  for (const name of PART_NAMES) {
    const id = overrides[name];
    if (id === undefined) continue;
    const part = partAt(name, text, id);
    if (!part) throw new PartOverrideError(file, name, id);
    parts[name] = part;
  }
  return parts;
}

function wholeSection(name: PartName, section: Section, foundBy: ReviewPart["foundBy"] = "rule"): ReviewPart {
  return {
    name,
    section: { id: section.id, title: section.title },
    anchor: section.id,
    passages: section.passages,
    points: section.subsections.filter((s) => s.ordinal),
    foundBy,
  };
}

/** The last body passage before the tasks section that mentions lessons. */
function lessonsPassage(text: ReviewText, tasks: Section | undefined): Passage | undefined {
  const body = text.passages.filter((p) => p.kind === "paragraph" || p.kind === "item");
  const end = tasks ? body.findIndex((p) => p.sectionId === tasks.id) : -1;
  const before = end === -1 ? body : body.slice(0, end);
  return before.findLast((p) => p.kind === "paragraph" && LESSONS.test(p.text));
}

/** A part that is one paragraph, with the numbered list that directly follows it, if any. */
function fromPassage(
  name: PartName,
  text: ReviewText,
  passage: Passage,
  foundBy: ReviewPart["foundBy"] = "rule",
): ReviewPart | undefined {
  const section = text.sections.find((s) => s.id === passage.sectionId);
  if (!section) return undefined;
  const at = section.passages.indexOf(passage);
  const list: Passage[] = [];
  for (const next of section.passages.slice(at + 1)) {
    if (next.kind !== "item") break;
    list.push(next);
  }
  return {
    name,
    section: { id: section.id, title: section.title },
    anchor: passage.anchor,
    passages: [passage, ...list],
    points: [],
    foundBy,
  };
}

/** The part an override names: a section, a point (with its passages) or a paragraph. */
function partAt(name: PartName, text: ReviewText, id: string): ReviewPart | undefined {
  for (const section of text.sections) {
    if (section.id === id) return wholeSection(name, section, "frontmatter");
    const point = section.subsections.find((s) => s.id === id);
    if (point) {
      return {
        name,
        section: { id: section.id, title: section.title },
        anchor: point.id,
        passages: section.passages.filter((p) => p.subsectionId === point.id),
        points: point.ordinal ? [point] : [],
        foundBy: "frontmatter",
      };
    }
  }
  const passage = text.passages.find((p) => p.anchor === id && p.sectionId !== undefined);
  return passage ? fromPassage(name, text, passage, "frontmatter") : undefined;
}

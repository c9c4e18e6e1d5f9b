import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";

/**
 * A review as readers meet it on its year page, read back from the HTML the Markdown pipeline
 * rendered: its sections and points with their ids, and its passages (the lead, headings,
 * paragraphs, numbered lessons and notes) with the anchors the page gives them. Reading the
 * rendered HTML, rather than parsing the Markdown again, means every id here is an id on the page.
 * Headings are passages too (their words are the review's), so a point printed as a heading
 * (2022) is found as surely as one run into its paragraph (2021).
 */

/** `heading`: a section heading or a point printed as its own heading (2022's `### First, …`). */
export type PassageKind = "lead" | "heading" | "paragraph" | "item" | "note";

export interface Passage {
  /** The id on the year page: `lead`, `p-7`, `note-1`, or a heading's slug. */
  anchor: string;
  kind: PassageKind;
  /** How a reader cites it: `Lead`, `¶ 7`, `Note 1`. */
  label: string;
  /** The label as a screen reader should say it: `paragraph 7`, `note 1`, `the lead`. */
  spoken: string;
  /** The words as a reader reads them, apparatus left out, whitespace collapsed. */
  text: string;
  /** The `##` section it sits in; none for the lead and the notes. */
  sectionId?: string;
  /** The `###` heading or run-in point it follows within its section, if any. */
  subsectionId?: string;
  /** True for the paragraph a run-in point opens (`**Firstly, …** The …`). */
  opensPoint?: boolean;
}

/** A `###` heading, or a run-in point's bold lead, within a section. */
export interface Subsection {
  id: string;
  title: string;
  /** An ordinal point (`First, …`, `Firstly, …`), as the pipeline marks them with `point`. */
  ordinal: boolean;
}

/** A `##` section, with what it holds in reading order. */
export interface Section {
  id: string;
  title: string;
  subsections: Subsection[];
  passages: Passage[];
}

export interface ReviewText {
  sections: Section[];
  /** Every passage in reading order: the lead, the body, then the notes. */
  passages: Passage[];
}

/** Apparatus the edition adds to the text; not words of the review. */
function isApparatus(node: Element): boolean {
  if ("dataPagefindIgnore" in node.properties && node.tagName === "span") return true; // e.g. an abbreviation's expansion
  const classes = classesOf(node);
  if (classes.includes("para-link") || classes.includes("heading-link") || classes.includes("note-backlink"))
    return true;
  if (node.tagName === "sup" && node.children.some((c) => c.type === "element" && "dataFootnoteRef" in c.properties))
    return true;
  return false;
}

function classesOf(node: Element): string[] {
  const value = node.properties["className"];
  return Array.isArray(value) ? value.map(String) : [];
}

/** The words of a node as a reader reads them, whitespace collapsed. */
export function readerText(node: ElementContent | Root): string {
  const parts: string[] = [];
  const walk = (n: ElementContent | Root) => {
    if (n.type === "text") parts.push(n.value);
    else if (n.type === "element") {
      if (isApparatus(n)) return;
      n.children.forEach(walk);
    } else if (n.type === "root") n.children.forEach((c) => c.type !== "doctype" && walk(c as ElementContent));
  };
  walk(node);
  return normaliseSpace(parts.join(""));
}

/** Collapses every run of whitespace (no-break spaces included) to one space, and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Reads a rendered review. `lead` is the lead paragraph, which the year page prints from the
 * frontmatter with the id `lead`; it is counted as a passage so that it can be quoted and found.
 */
export function readReviewText(html: string, lead?: string): ReviewText {
  return readReviewTree(fromHtml(html, { fragment: true }), lead);
}

/** The same, from a parsed tree: the rendered review's root, or the element holding it on a built page. */
export function readReviewTree(tree: Root | Element, lead?: string): ReviewText {
  const sections: Section[] = [];
  const passages: Passage[] = [];
  if (lead) passages.push({ anchor: "lead", kind: "lead", ...labelsOf("lead", "lead"), text: normaliseSpace(lead) });
  let section: Section | undefined;
  let subsection: Subsection | undefined;

  const add = (
    node: Element,
    kind: PassageKind,
    opensPoint = false,
    labels = labelsOf(String(node.properties["id"] ?? ""), kind),
  ) => {
    const anchor = String(node.properties["id"] ?? "");
    if (!anchor) return;
    const passage: Passage = { anchor, kind, ...labels, text: readerText(node) };
    if (section) {
      passage.sectionId = section.id;
      if (subsection) passage.subsectionId = subsection.id;
      section.passages.push(passage);
    }
    if (opensPoint) passage.opensPoint = true;
    passages.push(passage);
  };

  for (const node of tree.children) {
    if (node.type !== "element") continue;
    const id = typeof node.properties["id"] === "string" ? node.properties["id"] : undefined;
    if (node.tagName === "h2" && id) {
      section = { id, title: readerText(node), subsections: [], passages: [] };
      subsection = undefined;
      sections.push(section);
      add(node, "heading");
    } else if (node.tagName === "h3" && id) {
      subsection = { id, title: readerText(node), ordinal: classesOf(node).includes("point") };
      section?.subsections.push(subsection);
      add(node, "heading", false, subsection.ordinal ? { label: "Point", spoken: "point" } : undefined);
    } else if (node.tagName === "p") {
      const lead = runInLead(node);
      if (lead) {
        subsection = lead;
        section?.subsections.push(lead);
      }
      add(node, "paragraph", Boolean(lead));
    } else if (node.tagName === "ol" || node.tagName === "ul") {
      for (const item of node.children) if (item.type === "element" && item.tagName === "li") add(item, "item");
    } else if (node.tagName === "section" && "dataFootnotes" in node.properties) {
      section = undefined;
      subsection = undefined;
      collectNotes(node, (note) => add(note, "note"));
    }
  }
  return { sections, passages };
}

/** A run-in point: a paragraph opening with a bold lead that carries an id (`point-lead`). */
function runInLead(paragraph: Element): Subsection | undefined {
  const first = paragraph.children.find((c) => c.type === "element" || (c.type === "text" && c.value.trim() !== ""));
  if (first?.type !== "element" || first.tagName !== "strong") return undefined;
  const id = first.properties["id"];
  if (typeof id !== "string" || !classesOf(first).includes("point-lead")) return undefined;
  return { id, title: readerText(first), ordinal: true };
}

function collectNotes(node: Element, found: (note: Element) => void) {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (
      child.tagName === "li" &&
      typeof child.properties["id"] === "string" &&
      child.properties["id"].startsWith("note-")
    ) {
      found(child);
    } else collectNotes(child, found);
  }
}

function labelsOf(anchor: string, kind: PassageKind): Pick<Passage, "label" | "spoken"> {
  const number = /(\d+)$/.exec(anchor)?.[1] ?? "";
  if (kind === "note") return { label: `Note ${number}`, spoken: `note ${number}` };
  if (kind === "lead") return { label: "Lead", spoken: "the lead" };
  if (kind === "heading") return { label: "Heading", spoken: "heading" };
  return { label: `¶ ${number}`, spoken: `paragraph ${number}` };
}

/** The passage with this anchor, or undefined. */
export function passageAt(text: ReviewText, anchor: string): Passage | undefined {
  return text.passages.find((p) => p.anchor === anchor);
}

/** The section or subsection with this id, with the section it belongs to. */
export function headingAt(text: ReviewText, id: string): { section: Section; subsection?: Subsection } | undefined {
  for (const section of text.sections) {
    if (section.id === id) return { section };
    const subsection = section.subsections.find((s) => s.id === id);
    if (subsection) return { section, subsection };
  }
  return undefined;
}

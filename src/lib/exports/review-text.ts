import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { ReviewFrontmatter } from "../schema/review.ts";

/** What the plain text needs besides the frontmatter: labels the page shows, and the addresses. */
export interface ReviewTextContext {
  /** e.g. `Wednesday, 20 July 2022, 08:20 (Hanoi time)`, as the page shows it. */
  publishedLabel: string;
  /** e.g. `Communist Review No. 984 (February 2022)`. */
  issueLabel: string;
  /** This edition's page of the review, absolute. */
  pageUrl: string;
  siteName: string;
}

/**
 * A review as plain text, as a reader reads the page: title, byline, lead, sections and paragraphs,
 * lessons with their numbers, photo captions, notes; the edition's apparatus (¶ numbers, heading
 * links) left out and no Markdown syntax. Note references read `(1)`, as the source prints them.
 * `html` is the review body as the pipeline renders it.
 */
export function reviewPlainText(data: ReviewFrontmatter, html: string, context: ReviewTextContext): string {
  const { author } = data;
  const byline = author.name
    ? [
        `${author.name}${author.nameIsEditorial ? " [name added by the editors: the article prints only the role]" : ""}`,
        author.role,
      ]
    : [author.role];
  const head = [
    data.title,
    [...byline, `Published online: ${context.publishedLabel}`, `In print: ${context.issueLabel}`].join("\n"),
    data.lead,
  ];
  // A correction's place is an anchor (`#p-12`); as a full address it reads as no Markdown heading.
  const corrections = data.corrections.map(
    (c) =>
      `At ${c.where.startsWith("#") ? context.pageUrl + c.where : c.where}: published “${c.original}”, now “${c.corrected}”. ${c.why}`,
  );
  const colophon = [
    ...(corrections.length > 0 ? ["Editorial corrections", ...corrections] : []),
    [`From ${context.siteName}: ${context.pageUrl}`, ...(data.source.url ? [`Original: ${data.source.url}`] : [])].join(
      "\n",
    ),
  ];
  return [...head, ...bodyBlocks(html), "—", ...colophon].join("\n\n") + "\n";
}

/** The body's blocks, each one paragraph of plain text. */
export function bodyBlocks(html: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true });
  return tree.children.flatMap(blocksOf).filter((block) => block !== "");
}

function blocksOf(node: RootContent): string[] {
  if (node.type !== "element") return node.type === "text" ? [clean(node.value)] : [];
  if (hasClass(node, "photo-note")) return [`[Photo caption, image not reproduced] ${inline(node)}`];
  if (hasClass(node, "footnotes")) return notesOf(node);
  if (node.tagName === "ol" || node.tagName === "ul") return itemsOf(node, (n) => `${n}. `);
  return [inline(node)];
}

function notesOf(section: Element): string[] {
  return section.children.flatMap((child) => {
    if (child.type !== "element") return [];
    if (child.tagName === "ol") return itemsOf(child, (n) => `(${n}) `);
    return [inline(child)];
  });
}

function itemsOf(list: Element, marker: (n: number) => string): string[] {
  const start = Number(list.properties["start"] ?? 1);
  const items = list.children.filter((c): c is Element => c.type === "element" && c.tagName === "li");
  return items.map((item, i) => (list.tagName === "ul" ? "– " : marker(start + i)) + inline(item));
}

/** The words of an element, without the edition's apparatus; note references as `(n)`. */
function inline(node: Element): string {
  const walk = (child: ElementContent): string => {
    if (child.type === "text") return child.value;
    if (child.type !== "element") return "";
    // A note reference is kept out of search, but its number is part of the text: `(n)`.
    if (child.properties["role"] === "doc-noteref") return `(${child.children.map(walk).join("")})`;
    if ("dataPagefindIgnore" in child.properties || hasClass(child, "note-backlink")) return "";
    if (child.tagName === "br") return " ";
    return child.children.map(walk).join("");
  };
  return clean(node.children.map(walk).join(""));
}

/** Line breaks inside a block become spaces; the words' own spacing stays as published. */
const clean = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, " ").trim();

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties["className"];
  return Array.isArray(classes) && classes.includes(name);
}

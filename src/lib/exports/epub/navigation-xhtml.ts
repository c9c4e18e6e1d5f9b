import type { Element as HastElement, ElementContent } from "hast";
import type { Element } from "xast";
import { x } from "xastscript";
import type { ReviewExport } from "../review-export.ts";
import { elementChildren, isPageApparatus, reviewBodyTree } from "../review-body.ts";
import { aboutFile, reviewFile } from "./review-xhtml.ts";
import { xhtmlPage } from "./xhtml-page.ts";

interface Heading {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A heading's words as the page shows them, without its # link. */
function headingText(node: HastElement): string {
  const walk = (child: ElementContent): string =>
    child.type === "text"
      ? child.value
      : child.type === "element" && !isPageApparatus(child)
        ? child.children.map(walk).join("")
        : "";
  return node.children.map(walk).join("").trim();
}

/** The sections (`h2`) and points (`h3`) of a review, with the site's anchors, in reading order. */
export function reviewHeadings(html: string): readonly Heading[] {
  // Read once per body: the review's own book and the edition's both list them.
  const known = headingsByBody.get(html);
  if (known) return known;
  const headings = elementChildren(reviewBodyTree(html)).flatMap((node): Heading[] => {
    if (node.tagName !== "h2" && node.tagName !== "h3") return [];
    return [{ id: String(node.properties["id"]), text: headingText(node), depth: node.tagName === "h2" ? 2 : 3 }];
  });
  headingsByBody.set(html, headings);
  return headings;
}
const headingsByBody = new Map<string, readonly Heading[]>();

/** One review's entry: its title, its sections with their points beneath, its notes and apparatus. */
function reviewEntry(review: ReviewExport, label: string): Element {
  const file = reviewFile(review.data.year);
  const sections: Element[] = [];
  for (const heading of reviewHeadings(review.html)) {
    const link = x("li", [x("a", { href: `${file}#${heading.id}` }, heading.text)]);
    const parent = sections.at(-1);
    if (heading.depth === 3 && parent) {
      const points = parent.children.find((c): c is Element => c.type === "element" && c.name === "ol");
      if (points) points.children.push(link);
      else parent.children.push(x("ol", [link]));
    } else sections.push(link);
  }
  const notes = review.html.includes('id="notes"') ? [x("li", [x("a", { href: `${file}#notes` }, "Notes")])] : [];
  const about = x("li", [x("a", { href: aboutFile(review.data.year) }, `About the text of ${review.data.year}`)]);
  return x("li", [x("a", { href: file }, label), x("ol", [...sections, ...notes, about])]);
}

/**
 * The navigation document: the contents (each review, its sections and points, at the site's
 * anchors) and the landmarks. A book of one review lists its sections at the top level.
 */
export function navigationXhtml(title: string, reviews: readonly ReviewExport[]): string {
  const entries = reviews.map((review) =>
    reviewEntry(review, reviews.length > 1 ? `${review.data.year}: ${review.data.title}` : review.data.title),
  );
  const first = reviews[0];
  const body = x("body", [
    x("nav", { "epub:type": "toc", role: "doc-toc", id: "toc", "aria-labelledby": "toc-title" }, [
      x("h1", { id: "toc-title" }, "Contents"),
      x("ol", entries),
    ]),
    x("nav", { "epub:type": "landmarks", id: "landmarks", hidden: "hidden" }, [
      x("h2", "Landmarks"),
      x("ol", [
        x("li", [x("a", { "epub:type": "cover", href: "cover.xhtml" }, "Cover")]),
        x("li", [x("a", { "epub:type": "toc", href: "nav.xhtml" }, "Contents")]),
        ...(first ? [x("li", [x("a", { "epub:type": "bodymatter", href: reviewFile(first.data.year) }, "Text")])] : []),
      ]),
    ]),
  ]);
  return xhtmlPage(title, body);
}

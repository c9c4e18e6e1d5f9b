import type { Element as HastElement, ElementContent, Root } from "hast";
import type { Element, ElementContent as XmlContent } from "xast";
import { x } from "xastscript";
import type { ReviewExport } from "../review-export.ts";
import {
  elementChildren,
  footnotes,
  hasClass,
  isPageApparatus,
  noteReference,
  reviewBodyTree,
} from "../review-body.ts";
import { applyCorrections } from "./tei-corrections.ts";
import { teiAuthor } from "./tei-header.ts";

type Notes = Map<number, ElementContent[]>;

/**
 * The review's text in TEI: the title page and lead in `front`; in `body` a `div` per section and
 * per point, with `head`, and `p`s whose `xml:id` are the site's anchors; each note as a `note` at
 * the place its reference stands (`n`, `place="foot"`); captions where they stand; declared
 * corrections as `choice`/`sic`/`corr`.
 */
export function teiText(review: ReviewExport): Element {
  const tree = reviewBodyTree(review.html);
  const notes = footnotes(tree);
  const body = x("body", sections(tree, notes));
  applyCorrections(body, review);
  return x("text", [
    x("front", [
      x("titlePage", [
        x("docTitle", [x("titlePart", { type: "main", "xml:id": "review-title" }, review.data.title)]),
        x("byline", [teiAuthor(review, "docAuthor")]),
        x("docDate", { when: review.data.published }, review.publishedLabel),
      ]),
      x("div", { type: "lead" }, [x("p", { "xml:id": "lead" }, review.data.lead)]),
    ]),
    body,
  ]);
}

/** Sections (`h2`) hold their points (`h3`); what comes before the first heading stays in the body. */
function sections(tree: Root, notes: Notes): Element[] {
  const top: Element[] = [];
  let section: Element | undefined;
  let point: Element | undefined;
  for (const node of elementChildren(tree)) {
    if (hasClass(node, "footnotes")) continue;
    const id = String(node.properties["id"] ?? "");
    if (node.tagName === "h2" || node.tagName === "h3") {
      const div = x("div", { type: node.tagName === "h2" ? "section" : "point", "xml:id": id }, [
        x("head", inline(node.children, notes)),
      ]);
      if (node.tagName === "h2" || !section) {
        top.push(div);
        section = div;
        point = undefined;
      } else {
        section.children.push(div);
        point = div;
      }
      continue;
    }
    const parent = point ?? section;
    if (parent) parent.children.push(block(node, notes));
    else top.push(block(node, notes));
  }
  return top;
}

function block(node: HastElement, notes: Notes): Element {
  const id = typeof node.properties["id"] === "string" ? { "xml:id": node.properties["id"] } : {};
  if (hasClass(node, "photo-note")) return figure(node, notes);
  if (node.tagName === "ol" || node.tagName === "ul") {
    const start = Number(node.properties["start"] ?? 1);
    const items = elementChildren(node).filter((child) => child.tagName === "li");
    return x(
      "list",
      { ...id, rend: node.tagName === "ol" ? "numbered" : "bulleted" },
      items.map((item, i) =>
        x(
          "item",
          {
            ...(typeof item.properties["id"] === "string" ? { "xml:id": item.properties["id"] } : {}),
            ...(node.tagName === "ol" ? { n: String(start + i) } : {}),
          },
          inline(item.children, notes),
        ),
      ),
    );
  }
  if (node.tagName === "p") {
    const n = /^p-(\d+)$/.exec(String(node.properties["id"] ?? ""))?.[1];
    return x("p", { ...id, ...(n ? { n } : {}) }, inline(node.children, notes));
  }
  throw new Error(`TEI: the review body has a <${node.tagName}> the TEI export does not know: add it to tei-text.ts`);
}

/** A photo caption where it stood: its words and credit as the page gives them; the photograph is not reproduced. */
function figure(node: HastElement, notes: Notes): Element {
  const caption = elementChildren(node).find((child) => child.tagName === "figcaption");
  const credit = caption && elementChildren(caption).find((child) => hasClass(child, "photo-credit"));
  const words = (caption?.children ?? []).filter((child) => child !== credit);
  return x("figure", { "xml:id": String(node.properties["id"]) }, [
    x("head", { type: "caption" }, trimEnd(inline(words, notes))),
    ...(credit ? [x("p", { rend: "credit" }, inline(credit.children, notes))] : []),
    x("figDesc", "The photograph is not reproduced: only its caption reaches the edition."),
  ]);
}

const trimEnd = (content: XmlContent[]): XmlContent[] => {
  const last = content.at(-1);
  if (last?.type === "text") last.value = last.value.trimEnd();
  return content;
};

/** Inline content: emphasis as `hi`, links as `ref`, a note reference as its note, at that place. */
function inline(children: readonly ElementContent[], notes: Notes): XmlContent[] {
  return children.flatMap((child): XmlContent[] => {
    if (child.type === "text") return [{ type: "text", value: child.value }];
    if (child.type !== "element" || isPageApparatus(child)) return [];
    const n = noteReference(child);
    if (n !== undefined) return [note(n, notes)];
    const content = inline(child.children, notes);
    // A run-in point's bold lead sentence carries the point's anchor.
    const id = typeof child.properties["id"] === "string" ? { "xml:id": child.properties["id"] } : {};
    if (child.tagName === "strong" || child.tagName === "b") return [x("hi", { ...id, rend: "bold" }, content)];
    if (child.tagName === "em" || child.tagName === "i") return [x("hi", { rend: "italic" }, content)];
    if (child.tagName === "a" && typeof child.properties["href"] === "string")
      return [x("ref", { target: child.properties["href"] }, content)];
    if (child.tagName === "br") return [x("lb")];
    if (child.tagName === "abbr") return [x("abbr", content)];
    return content;
  });
}

function note(n: number, notes: Notes): Element {
  const content = notes.get(n);
  if (!content) throw new Error(`TEI: note reference ${n} has no note in the rendered body`);
  const paragraphs = content.filter((child): child is HastElement => child.type === "element" && child.tagName === "p");
  return x(
    "note",
    { "xml:id": `note-${n}`, n: String(n), place: "foot" },
    paragraphs.map((p) => x("p", trimEnd(inline(p.children, notes)))),
  );
}

import type { Element as HastElement, ElementContent, Root } from "hast";
import type { Element, ElementContent as XmlContent } from "xast";
import { x } from "xastscript";
import { elementChildren, footnotes, hasClass, isPageApparatus, noteReference } from "../review-body.ts";

/**
 * The review's body, as the site renders it, in EPUB's XHTML: the same elements and ids (the site's
 * anchors), without the page's own links (¶, #, back links), with note references marked as EPUB
 * note references and the notes as EPUB footnotes (`<aside epub:type="footnote">`), each opening
 * with its number as a link back to its reference, so e-readers show them as pop-ups.
 * What the edition adds to the words of the review carries the class `apparatus`.
 */
export function bodyXhtml(tree: Root, pageUrl: string): XmlContent[] {
  const blocks = elementChildren(tree).filter((node) => !hasClass(node, "footnotes"));
  const notes = [...footnotes(tree)].map(([n, content]) =>
    x("aside", { "epub:type": "footnote", role: "doc-footnote", id: `note-${n}` }, [
      x("p", [
        x("a", { class: "apparatus note-number", href: `#note-ref-${n}`, role: "doc-backlink" }, `${n}.`),
        " ",
        ...content
          .flatMap((child) => (child.type === "element" && child.tagName === "p" ? child.children : [child]))
          .flatMap((child) => converted(child, pageUrl)),
      ]),
    ]),
  );
  return [
    ...blocks.flatMap((node) => converted(node, pageUrl)),
    ...(notes.length > 0
      ? [
          x("section", { class: "notes", id: "notes", "aria-labelledby": "notes-heading" }, [
            x("h2", { id: "notes-heading", class: "apparatus" }, "Notes"),
            ...notes,
          ]),
        ]
      : []),
  ];
}

/** Attributes kept from the site's markup: ids (the anchors), classes, links, list numbering, labels. */
function attributes(node: HastElement): Record<string, string> {
  const p = node.properties;
  const kept: Record<string, string> = {};
  if (typeof p["id"] === "string") kept["id"] = p["id"];
  const classes = Array.isArray(p["className"]) ? p["className"].map(String) : [];
  if (classes.length > 0) kept["class"] = classes.join(" ");
  if (typeof p["href"] === "string") kept["href"] = p["href"];
  if (typeof p["start"] === "number") kept["start"] = String(p["start"]);
  if (typeof p["ariaLabel"] === "string") kept["aria-label"] = p["ariaLabel"];
  return kept;
}

function converted(node: ElementContent, pageUrl: string): XmlContent[] {
  if (node.type === "text") return [{ type: "text", value: node.value }];
  if (node.type !== "element" || isPageApparatus(node)) return [];
  const children = () => node.children.flatMap((child) => converted(child, pageUrl));
  const note = noteReference(node);
  if (note !== undefined)
    return [
      x("sup", [
        x(
          "a",
          { "epub:type": "noteref", role: "doc-noteref", id: `note-ref-${note}`, href: `#note-${note}` },
          String(note),
        ),
      ]),
    ];
  if (hasClass(node, "photo-note")) return [photoCaption(node, pageUrl)];
  // A paragraph's number, for citing it: ¶ n, linked to its permanent address.
  const paragraph =
    node.tagName === "p" || node.tagName === "li" ? /^p-(\d+)$/.exec(String(node.properties["id"] ?? "")) : null;
  const number: XmlContent[] = paragraph
    ? [
        { type: "text", value: " " },
        x("a", { class: "apparatus para-number", href: `${pageUrl}#p-${paragraph[1]}` }, `¶ ${paragraph[1]}`),
      ]
    : [];
  return [x(node.tagName, attributes(node), [...children(), ...number])];
}

/** A caption where it stood, labelled as the page labels it: the photograph itself was not kept. */
function photoCaption(node: HastElement, pageUrl: string): Element {
  const caption = elementChildren(node).find((child) => child.tagName === "figcaption");
  return x("figure", { id: String(node.properties["id"]), class: "photo-note" }, [
    x("figcaption", [
      x("span", { class: "apparatus photo-label" }, "Photo caption (image not reproduced): "),
      ...(caption?.children ?? []).flatMap((child) => converted(child, pageUrl)),
    ]),
  ]);
}

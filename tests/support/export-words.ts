import { unzipSync } from "fflate";
import { fromHtml } from "hast-util-from-html";
import type { Element, ElementContent, Root } from "hast";
import { XMLParser } from "fast-xml-parser";

/**
 * The text of the exports as a reader of each format reads it, for the fidelity tests: the words
 * of the review proper in order, leaving out what the edition adds.
 */

/** The files of an EPUB, by path. */
export function epubFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties["className"]) && node.properties["className"].includes(name);

/**
 * The text of an EPUB's review document: the title, the lead, the body with its captions and the
 * notes, without what carries the class `apparatus` (byline headings, ¶ numbers, labels, note
 * numbers). A lesson's number, the list's marker, is text in the source (`1. …`).
 */
export function epubReviewText(xhtml: string): string {
  const tree: Root = fromHtml(xhtml);
  const parts: string[] = [];
  const walk = (node: ElementContent | Root): void => {
    if (node.type === "text") parts.push(node.value);
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      if (hasClass(node, "apparatus") || node.tagName === "head" || node.tagName === "dl") return;
      if (node.tagName === "sup") parts.push(" ");
      if (/^(p|li|h\d|figcaption|div|section|figure|ol|aside)$/.test(node.tagName)) parts.push("\n");
    }
    const children = node.children as ElementContent[];
    if (node.type === "element" && node.tagName === "ol") {
      const start = Number(node.properties["start"] ?? 1);
      children
        .filter((c): c is Element => c.type === "element" && c.tagName === "li")
        .forEach((item, i) => {
          parts.push(`\n${start + i} `);
          walk(item);
        });
      return;
    }
    children.forEach(walk);
    if (node.type === "element" && node.tagName === "sup") parts.push(" ");
  };
  walk(tree);
  return parts.join("");
}

type XmlNode = Record<string, unknown>;
const tei = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });

/**
 * The text of a TEI document as the source prints it: title, lead, body, then the notes. A note
 * stands at its reference, so its number (`n`) is read there, as the source prints the marker, and
 * its words go after the body, as the source prints them. The byline and date (metadata in the
 * source), the photographs' descriptions (the editors') and the published wording of a declared
 * correction (`sic`: the site shows the corrected text) are left out.
 */
export function teiReviewText(xml: string): { text: string; notes: { n: string; text: string }[] } {
  const doc = tei.parse(xml) as XmlNode[];
  const main: string[] = [];
  const notes: { n: string; text: string }[] = [];
  const walk = (nodes: XmlNode[], out: string[]): void => {
    for (const node of nodes) {
      if ("#text" in node) {
        out.push(String(node["#text"]));
        continue;
      }
      const name = Object.keys(node).find((key) => key !== ":@") ?? "";
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      const children = node[name] as XmlNode[];
      if (["teiHeader", "byline", "docDate", "figDesc", "sic"].includes(name)) continue;
      if (name === "note") {
        out.push(` ${attributes["@_n"] ?? "?"} `);
        const words: string[] = [];
        walk(children, words);
        notes.push({ n: attributes["@_n"] ?? "?", text: words.join("") });
        continue;
      }
      if (["p", "head", "item", "div", "figure", "titlePart", "list"].includes(name)) out.push("\n");
      if (name === "item" && attributes["@_n"]) out.push(`${attributes["@_n"]} `);
      walk(children, out);
    }
  };
  walk(doc, main);
  return { text: main.join(""), notes };
}

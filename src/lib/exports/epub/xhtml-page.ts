import type { Element, ElementContent } from "xast";
import { x } from "xastscript";
import { xmlDocument } from "../xml-document.ts";

export const XHTML_NS = "http://www.w3.org/1999/xhtml";
export const EPUB_NS = "http://www.idpf.org/2007/ops";

/** An XHTML content document of the book: its title, the book's stylesheet, and the body given. */
export function xhtmlPage(title: string, body: Element, options: { stylesheet?: string } = {}): string {
  const stylesheet = options.stylesheet ?? "styles/book.css";
  return xmlDocument(
    x("html", { xmlns: XHTML_NS, "xmlns:epub": EPUB_NS, lang: "en", "xml:lang": "en" }, [
      x("head", [
        x("meta", { charset: "utf-8" }),
        x("title", title),
        x("link", { rel: "stylesheet", type: "text/css", href: stylesheet }),
      ]),
      body,
    ]),
    { doctype: "html" },
  );
}

/** Rich text (italic runs) as XHTML content. */
export function richText(runs: readonly (string | { em: string })[]): ElementContent[] {
  return runs.map((run) => (typeof run === "string" ? { type: "text", value: run } : x("i", run.em)));
}

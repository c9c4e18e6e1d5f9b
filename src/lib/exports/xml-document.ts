import type { Element } from "xast";
import { toXml } from "xast-util-to-xml";

/** An XML document with its declaration (and `<!DOCTYPE html>` for XHTML), ending in a newline. */
export function xmlDocument(root: Element, options: { doctype?: "html" } = {}): string {
  return (
    toXml(
      [
        { type: "instruction", name: "xml", value: 'version="1.0" encoding="UTF-8"' },
        { type: "text", value: "\n" },
        ...(options.doctype
          ? [
              { type: "doctype" as const, name: options.doctype },
              { type: "text" as const, value: "\n" },
            ]
          : []),
        root,
      ],
      { closeEmptyElements: true },
    ) + "\n"
  );
}

import { x } from "xastscript";
import type { EditionInfo, ReviewExport } from "../review-export.ts";
import { xmlDocument } from "../xml-document.ts";
import { teiHeader } from "./tei-header.ts";
import { indentTei } from "./tei-layout.ts";
import { teiText } from "./tei-text.ts";

export const TEI_NS = "http://www.tei-c.org/ns/1.0";

/** A review as a TEI P5 document, valid against tei_all (checked by jing in tests/site/tei.test.ts). */
export function teiDocument(review: ReviewExport, edition: EditionInfo, urn: string): string {
  return xmlDocument(
    indentTei(
      x("TEI", { xmlns: TEI_NS, "xml:lang": review.record.language }, [
        teiHeader(review, edition, urn),
        teiText(review),
      ]),
    ),
  );
}

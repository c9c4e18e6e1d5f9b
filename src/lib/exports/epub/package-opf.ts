import type { Element } from "xast";
import { x } from "xastscript";
import { xmlDocument } from "../xml-document.ts";
import { fileAs, modifiedOf, type EditionInfo, type ReviewExport } from "../review-export.ts";

/** A file of the book besides the package document: where it is, its media type, its EPUB properties. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
  /** In the reading order (the spine), in the order given. */
  inSpine?: boolean;
}

export interface PackageMetadata {
  identifier: string;
  title: string;
  /** The edition's address of what the book holds: a review's page, or the home page. */
  url: string;
  reviews: readonly ReviewExport[];
  edition: EditionInfo;
}

/** `2022-07-20T01:20:00Z`: the form `dcterms:modified` requires (UTC, to the second). */
const utcSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The package document (EPUB 3.3): Dublin Core metadata from the reviews' records (the title as
 * published, each author filed family name first, the Communist Review issue as the source, the
 * online date, the edition's URN and address), the manifest and the spine.
 */
export function packageOpf(meta: PackageMetadata, items: readonly ManifestItem[]): string {
  // Each author once, as written, filed family name first (the record's parts, never guessed).
  const authors = [
    ...new Map(
      meta.reviews.flatMap((r) => {
        const name = r.record.author.name;
        return name ? [[name.asWritten, fileAs(r.record) ?? name.asWritten] as const] : [];
      }),
    ),
  ];
  const dates = meta.reviews.map((r) => r.data.published.slice(0, 10)).sort();
  const metadata: Element = x("metadata", { "xmlns:dc": "http://purl.org/dc/elements/1.1/" }, [
    x("dc:identifier", { id: "pub-id" }, meta.identifier),
    x("dc:title", { id: "title" }, meta.title),
    ...authors.flatMap(([name, filed], i) => [
      x("dc:creator", { id: `creator-${i + 1}` }, name),
      x("meta", { refines: `#creator-${i + 1}`, property: "file-as" }, filed),
      x("meta", { refines: `#creator-${i + 1}`, property: "role", scheme: "marc:relators" }, "aut"),
    ]),
    ...meta.reviews.map((r) =>
      x("dc:source", `${r.issueLabel}${r.record.publisherUrl ? `, ${r.record.publisherUrl}` : ""}`),
    ),
    x("dc:date", dates.at(-1) ?? ""),
    ...[...new Set(meta.reviews.map((r) => r.record.language))].map((language) => x("dc:language", language)),
    x("dc:publisher", meta.edition.name),
    x("dc:relation", meta.url),
    x("meta", { property: "dcterms:modified" }, utcSeconds(modifiedOf(meta.reviews))),
    x("meta", { name: "cover", content: "cover-image" }),
  ]);
  const manifest = x(
    "manifest",
    items.map((item) =>
      x("item", {
        id: item.id,
        href: item.href,
        "media-type": item.mediaType,
        ...(item.properties ? { properties: item.properties } : {}),
      }),
    ),
  );
  const spine = x(
    "spine",
    items.filter((item) => item.inSpine).map((item) => x("itemref", { idref: item.id })),
  );
  return xmlDocument(
    x(
      "package",
      { xmlns: "http://www.idpf.org/2007/opf", version: "3.0", "unique-identifier": "pub-id", "xml:lang": "en" },
      [metadata, manifest, spine],
    ),
  );
}

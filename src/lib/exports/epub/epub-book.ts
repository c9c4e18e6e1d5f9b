import { x } from "xastscript";
import type { EditionInfo, ReviewExport } from "../review-export.ts";
import { modifiedOf } from "../review-export.ts";
import { aboutXhtml } from "./about-xhtml.ts";
import type { BookFont } from "./book-fonts.ts";
import { BOOK_CSS } from "./book-style.ts";
import { epubZip, PACKAGE_PATH, type ContainerFile } from "./epub-zip.ts";
import { navigationXhtml } from "./navigation-xhtml.ts";
import { packageOpf, type ManifestItem } from "./package-opf.ts";
import { aboutFile, reviewFile, reviewXhtml } from "./review-xhtml.ts";
import { xhtmlPage } from "./xhtml-page.ts";

export interface BookSpec {
  /** The book's title: a review's as published, or the edition's name. */
  title: string;
  /** The URN the edition minted for it (src/lib/exports/edition-urn.ts). */
  identifier: string;
  /** The edition's page of what the book holds. */
  url: string;
  /** In reading order. */
  reviews: readonly ReviewExport[];
  edition: EditionInfo;
  /** The cover, drawn as the page's Open Graph card (PNG), and what it shows, for its alternative text. */
  cover: { png: Uint8Array; description: string };
  /** Cuts the typeface to the book's text (src/lib/exports/epub/book-fonts.ts); none: the reader's own fonts. */
  typeface?: (text: string) => Promise<BookFont[]>;
}

const root = (path: string) => `EPUB/${path}`;

/** An EPUB 3 book of one review or of several: the same input gives the same bytes. */
export async function epubBook(spec: BookSpec): Promise<Uint8Array<ArrayBuffer>> {
  const documents: (ManifestItem & { data: string | Uint8Array })[] = [
    {
      id: "cover",
      href: "cover.xhtml",
      mediaType: "application/xhtml+xml",
      inSpine: true,
      data: xhtmlPage(
        spec.title,
        x("body", { class: "cover-page" }, [
          x("img", { class: "cover", src: "images/cover.png", alt: spec.cover.description, role: "doc-cover" }),
        ]),
      ),
    },
    {
      id: "cover-image",
      href: "images/cover.png",
      mediaType: "image/png",
      properties: "cover-image",
      data: spec.cover.png,
    },
    {
      id: "nav",
      href: "nav.xhtml",
      mediaType: "application/xhtml+xml",
      properties: "nav",
      inSpine: true,
      data: navigationXhtml(spec.title, spec.reviews),
    },
    ...spec.reviews.flatMap((review) => [
      {
        id: `review-${review.data.year}`,
        href: reviewFile(review.data.year),
        mediaType: "application/xhtml+xml",
        inSpine: true,
        data: reviewXhtml(review),
      },
      {
        id: `about-${review.data.year}`,
        href: aboutFile(review.data.year),
        mediaType: "application/xhtml+xml",
        inSpine: true,
        data: aboutXhtml(review, spec.edition),
      },
    ]),
  ];
  const text = documents.map((d) => (typeof d.data === "string" ? d.data : "")).join("");
  const fonts = spec.typeface ? await spec.typeface(text) : [];
  const items = [
    ...documents,
    {
      id: "style",
      href: "styles/book.css",
      mediaType: "text/css",
      data: [BOOK_CSS, ...fonts.map((font) => font.css)].join("\n") + "\n",
    },
    ...fonts.map((font, i) => ({
      id: `font-${i + 1}`,
      href: `fonts/${font.file}`,
      mediaType: "font/woff2",
      data: font.data,
    })),
  ];
  const opf = packageOpf(
    { identifier: spec.identifier, title: spec.title, url: spec.url, reviews: spec.reviews, edition: spec.edition },
    items,
  );
  const files: ContainerFile[] = [
    { path: PACKAGE_PATH, data: opf },
    ...items.map((item) => ({ path: root(item.href), data: item.data })),
  ];
  return epubZip(files, modifiedOf(spec.reviews));
}

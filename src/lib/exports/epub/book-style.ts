import { BOOK_FONT_FAMILIES } from "./book-fonts.ts";

/**
 * The book's stylesheet: the page's reading measure and hierarchy, and nothing that fights an
 * e-reader: no colours (the reader's theme, light or dark, sets them) and no fixed sizes but em.
 */
export const BOOK_CSS = `@charset "UTF-8";
@namespace epub "http://www.idpf.org/2007/ops";
body { font-family: ${BOOK_FONT_FAMILIES}; line-height: 1.5; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0.5em 0; }
h2 { font-size: 1.3em; line-height: 1.3; margin: 1.5em 0 0.5em; }
h3 { font-size: 1.1em; line-height: 1.35; margin: 1.25em 0 0.5em; }
p { margin: 0 0 0.75em; }
.lead { font-size: 1.1em; }
.apparatus, .editorial, .photo-credit { font-family: sans-serif; font-size: 0.8em; }
.kicker { margin: 0; font-weight: bold; }
#notes-heading { font-family: inherit; font-size: 1.3em; }
.review-meta dt { font-weight: bold; }
.review-meta dd { margin: 0 0 0.4em; }
.para-number { text-decoration: none; white-space: nowrap; }
figure.photo-note { margin: 1em 0; padding: 0.5em 0.75em; border-left: 0.2em solid; }
.photo-label { display: block; font-style: normal; }
.photo-credit { white-space: nowrap; }
aside[epub|type~="footnote"] p { font-size: 0.9em; }
.note-number { text-decoration: none; }
img.cover { display: block; max-width: 100%; height: auto; margin: 0 auto; }
`;

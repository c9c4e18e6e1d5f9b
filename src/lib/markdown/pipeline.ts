import type { Options as RemarkRehypeOptions } from "remark-rehype";
import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import rehypeSlug from "rehype-slug";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import { remarkLiteralDirectives } from "./remark-literal-directives.ts";
import { remarkCaptionNotes } from "./remark-caption-notes.ts";
import { rehypeNoteIds } from "./rehype-note-ids.ts";
import { rehypeOrdinalPoints } from "./rehype-ordinal-points.ts";
import { rehypeParagraphAnchors } from "./rehype-paragraph-anchors.ts";
import { rehypeSearchPassages } from "./rehype-search-passages.ts";
import { rehypeOutline } from "./rehype-outline.ts";
import { rehypeAnchorAliases } from "./rehype-anchor-aliases.ts";
import { headingLinkOptions } from "./heading-links.ts";
import { rehypeAbbreviations } from "./rehype-abbreviations.ts";
import { abbreviationsOf } from "../name-index/abbreviations.ts";
import { indexData } from "../name-index/index-files.ts";

/**
 * The review pipeline, in one place for astro.config.mjs and the tests. The text is the record:
 * no typographic rewriting (smartypants is off in the config) and no raw HTML from Markdown
 * (remark-rehype drops it), so readers get what the editor wrote, and no more.
 */
export const remarkPlugins: RemarkPlugins = [remarkDirective, remarkLiteralDirectives, remarkCaptionNotes];

export const remarkRehypeOptions: RemarkRehypeOptions = {
  allowDangerousHtml: false,
  footnoteLabel: "Notes",
  footnoteLabelTagName: "h2",
  footnoteBackLabel: (index) => `Back to the text of note ${index + 1}`,
};

/**
 * The rehype plugins. `nameIndexDigest` (astro.config.mjs passes the index's, indexDigest) sits in
 * the abbreviations' options, which Astro's config digest reads: Astro keeps rendered reviews from
 * one build to the next until that digest changes, and the reviews are rendered with the index, so an
 * edit to the index renders them again.
 */
export function reviewRehypePlugins(nameIndexDigest = ""): RehypePlugins {
  return [
    rehypeNoteIds,
    rehypeSlug,
    rehypeOrdinalPoints,
    rehypeParagraphAnchors,
    rehypeSearchPassages,
    rehypeOutline,
    [rehypeAutolinkHeadings, headingLinkOptions],
    rehypeAnchorAliases,
    [rehypeAbbreviations, { abbreviations: () => abbreviationsOf(indexData().entries), nameIndexDigest }],
  ];
}

export const rehypePlugins: RehypePlugins = reviewRehypePlugins();

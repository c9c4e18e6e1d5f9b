// @ts-check
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import remarkDirective from "remark-directive";
import rehypeSlug from "rehype-slug";
import { remarkCaptionNotes } from "./src/lib/markdown/remark-caption-notes.ts";
import { rehypeNoteIds } from "./src/lib/markdown/rehype-note-ids.ts";
import { rehypeOrdinalPoints } from "./src/lib/markdown/rehype-ordinal-points.ts";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import { headingLinkOptions } from "./src/lib/markdown/heading-links.ts";
import { remarkLiteralDirectives } from "./src/lib/markdown/remark-literal-directives.ts";
import { rehypeParagraphAnchors } from "./src/lib/markdown/rehype-paragraph-anchors.ts";
import { rehypeOutline } from "./src/lib/markdown/rehype-outline.ts";
import { SITE_URL } from "./src/lib/site.ts";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  build: { format: "directory" },
  // The review text is the record: no typographic rewriting (smartypants) and no raw HTML from
  // Markdown (remark-rehype drops it), so what an editor writes is what readers get, and no more.
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkRehype: {
        allowDangerousHtml: false,
        footnoteLabel: "Notes",
        footnoteLabelTagName: "h2",
        footnoteBackLabel: (index) => `Back to the text of note ${index + 1}`,
      },
      remarkPlugins: [remarkDirective, remarkLiteralDirectives, remarkCaptionNotes],
      rehypePlugins: [
        rehypeNoteIds,
        rehypeSlug,
        rehypeOrdinalPoints,
        rehypeParagraphAnchors,
        rehypeOutline,
        [rehypeAutolinkHeadings, headingLinkOptions],
      ],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});

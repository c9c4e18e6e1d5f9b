// @ts-check
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import tailwindcss from "@tailwindcss/vite";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from "./src/lib/markdown/pipeline.ts";
import { SITE_URL } from "./src/lib/site.ts";
import pagefind from "./src/integrations/pagefind.ts";
import sitemap from "@astrojs/sitemap";

export default defineConfig({
  site: SITE_URL,
  // The benchmark builds synthetic corpora into a temporary folder; everything else uses dist/.
  outDir: process.env["SITE_OUT_DIR"] ?? "./dist",
  integrations: [pagefind(), sitemap()],
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: false,
      remarkRehype: remarkRehypeOptions,
      remarkPlugins,
      rehypePlugins,
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

import type { APIRoute } from "astro";
import { absoluteUrl, sitePath } from "../lib/urls.ts";

/**
 * Everything may be crawled; the sitemap lists the pages. Under a sub-path crawlers read only the
 * host's own robots.txt, so this file then serves as the lines to copy into it.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${sitePath()}\n\nSitemap: ${absoluteUrl("sitemap-index.xml")}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

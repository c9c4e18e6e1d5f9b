import type { APIRoute } from "astro";
import { SITE_URL } from "../lib/site.ts";

/** Everything may be crawled; the sitemap lists the pages. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap-index.xml", SITE_URL).href}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

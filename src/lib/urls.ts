/**
 * Every address the site emits goes through here, built on Astro's `base` (and `site` for absolute
 * addresses), so the edition works at the root of a host or under a sub-path such as `/diplomacy/`
 * (set by BASE_PATH and SITE_URL; see src/lib/site-address.ts). Paths are given without a leading
 * slash, relative to the site's root: `sitePath("2021/")` → `/diplomacy/2021/`.
 *
 * The lint rule in eslint.config.js rejects a root-relative string ("/…") anywhere else in src/.
 * Works in build code and in browser scripts alike: Vite writes `import.meta.env.BASE_URL` and
 * `import.meta.env.SITE` into both. Node code outside Vite (an integration) passes `base` itself.
 */
import { PLACEHOLDER_SITE_URL } from "./site-address.ts";

/** A path inside the site → the address to emit: `""` is the home page, `search/?q=x` a query. */
export function sitePath(path = "", base: string = import.meta.env.BASE_URL): string {
  if (path.startsWith("/"))
    throw new Error(`sitePath("${path}"): give the path without its leading slash, relative to the site's root`);
  return `${base.endsWith("/") ? base : `${base}/`}${path}`;
}

/** A path inside the site as a full address with site and base, for canonical links, feeds and citations. */
export function absoluteUrl(path = "", site: string = siteUrl()): string {
  return new URL(sitePath(path), site).href;
}

/** The site's origin as Astro knows it (SITE_URL), or the placeholder where Astro did not set one (unit tests). */
export function siteUrl(): string {
  return import.meta.env.SITE ?? PLACEHOLDER_SITE_URL;
}

/** A year's page, optionally at one of its anchors: `2021/` or `2021/#p-12` (pass to sitePath or absoluteUrl). */
export function yearPage(year: number, anchor?: string): string {
  return `${year}/${anchor ? `#${anchor}` : ""}`;
}

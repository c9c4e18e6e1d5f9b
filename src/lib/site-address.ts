/**
 * Where the edition is published, from the environment: `SITE_URL` (the origin, e.g.
 * `https://reviews.example.net`) and `BASE_PATH` (the folder it is served from, e.g. `/diplomacy/`,
 * default `/`). astro.config.mjs turns them into Astro's `site` and `base`; every address is then
 * built from those by src/lib/urls.ts. Runs in Node only (it reads `process.env`).
 */

/** Stands in for SITE_URL when it is not set, so canonical and feed addresses are still well formed. */
export const PLACEHOLDER_SITE_URL = "https://diplomacy-reviews.example.org";

export interface SiteAddress {
  /** The origin, without a trailing slash: `https://reviews.example.net`. */
  site: string;
  /** The path the site is served under, with a slash at each end: `/` or `/diplomacy/`. */
  base: string;
  /** True when SITE_URL was not set and the placeholder stands in. */
  placeholder: boolean;
}

export function siteAddressFromEnv(env: Record<string, string | undefined> = process.env): SiteAddress {
  const rawSite = env["SITE_URL"]?.trim();
  const rawBase = env["BASE_PATH"]?.trim();
  return {
    site: rawSite ? parseSiteUrl(rawSite) : PLACEHOLDER_SITE_URL,
    base: rawBase ? parseBasePath(rawBase) : "/",
    placeholder: !rawSite,
  };
}

function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL="${value}" is not an address: give the origin, e.g. SITE_URL=https://reviews.example.net`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL="${value}" must start with https:// (or http://)`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(
      `SITE_URL="${value}" has a path; give the origin only (SITE_URL=${url.origin}) and the path as BASE_PATH=${url.pathname.replace(/\/?$/, "/")}`,
    );
  return url.origin;
}

function parseBasePath(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|[?#\\]/i.test(value))
    throw new Error(`BASE_PATH="${value}" must be a path such as /diplomacy/, without host, query or fragment`);
  const segments = value.split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s === ".."))
    throw new Error(`BASE_PATH="${value}" must not contain "." or ".." segments`);
  return segments.length ? `/${segments.join("/")}/` : "/";
}

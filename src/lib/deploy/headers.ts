/**
 * The one list of HTTP headers the site is served with. From it come the pages' CSP meta tag
 * (astro.config.mjs), and at build time `dist/_headers` (Netlify, Cloudflare Pages) and
 * `dist/_headers.nginx` (the lines deploy/nginx.conf includes); deploy/nginx.conf itself is rendered
 * from it too (src/lib/deploy/nginx-conf.ts, kept equal by a test). So none of them can drift.
 */

import { REFERENCE_TYPES } from "../bibliography/reference-types.ts";

/** The pages' policy; Astro adds the script and style hashes of the build to the meta tag. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline edition's service worker and the web app manifest (src/scripts/offline/).
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts: the site's own, and WebAssembly for Pagefind. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** What a meta tag cannot carry: who may frame the pages (nobody). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy as a header: the built pages' meta tag, word for word, then the header-only directives. */
export function headerPolicy(metaPolicy: string): string {
  return [metaPolicy.trim().replace(/;$/, ""), ...HEADER_ONLY_DIRECTIVES].join("; ");
}

/** Browser features the site does not use, denied to it and to anything it might embed. */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
  "browsing-topics",
];

export type Header = readonly [name: string, value: string];

/** Sent with every response. */
export function securityHeaders(metaPolicy: string): Header[] {
  return [
    ["Content-Security-Policy", headerPolicy(metaPolicy)],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ")],
  ];
}

/** Files whose names carry a hash of their content: cached for a year, never revalidated. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Folders (inside the base) that hold only such files: Astro's assets and Pagefind's chunks. */
export const HASHED_FOLDERS = ["_astro/", "pagefind/fragment/", "pagefind/index/"];

/**
 * Everything else (pages, feeds, Pagefind's entry files) is cached briefly, then revalidated, so a
 * new build reaches readers within minutes. Netlify and Cloudflare Pages send such a default for
 * pages already and add, rather than replace, a second matching Cache-Control rule, so `_headers`
 * names only the immutable folders.
 */
export const SHORT_CACHE = "public, max-age=600, must-revalidate";

/** HSTS, for the operator to turn on once the host answers over HTTPS only. */
export const HSTS: Header = ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"];

/** A kind of file a host would not type right by its name, and the type it is served with. */
export interface FileType {
  /** Matches such a file's path in the build (relative to dist/). */
  path: RegExp;
  /** The same as an nginx location's regular expression, for deploy/nginx.conf. */
  nginx: string;
  type: string;
  /** A text type, sent with its charset. */
  text: boolean;
}

const escaped = (name: string) => name.replaceAll(".", "\\.");

/**
 * Every file whose type a host's own list lacks or gets wrong, in one list for `_headers` and nginx:
 * the reference-manager files (RIS, BibTeX, CSL-JSON), so a browser hands them to the reader's
 * reference manager; the EPUB books; the TEI documents (`.xml`, which the feeds and sitemaps share);
 * the web app manifest (nginx's list has no `.webmanifest`).
 */
export const FILE_TYPES: readonly FileType[] = [
  ...REFERENCE_TYPES.map(({ extension, type }) => ({
    path: new RegExp(`^[^/]+\\.${escaped(extension)}$`),
    nginx: `[^/]+\\.${escaped(extension)}`,
    type,
    text: true,
  })),
  { path: /^[^/]+\.epub$/, nginx: "[^/]+\\.epub", type: "application/epub+zip", text: false },
  { path: /^\d{4}\.xml$/, nginx: "[0-9]{4}\\.xml", type: "application/tei+xml", text: true },
  { path: /^manifest\.webmanifest$/, nginx: "manifest\\.webmanifest", type: "application/manifest+json", text: true },
];

/** A built file's Content-Type when FILE_TYPES names it, e.g. `2021.xml` → `application/tei+xml; charset=utf-8`. */
export function fileType(path: string): string | undefined {
  const kind = FILE_TYPES.find((k) => k.path.test(path));
  return kind && (kind.text ? `${kind.type}; charset=utf-8` : kind.type);
}

/** `_headers` in the format of Netlify and Cloudflare Pages, for a site built under `base`; `files` are the build's. */
export function netlifyHeaders(base: string, metaPolicy: string, files: readonly string[] = []): string {
  const rule = (path: string, headers: readonly Header[]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const rules = [
    rule(`${base}*`, securityHeaders(metaPolicy)),
    ...HASHED_FOLDERS.map((folder) => rule(`${base}${folder}*`, [["Cache-Control", IMMUTABLE_CACHE]])),
    ...files.flatMap((file) => {
      const type = fileType(file);
      return type ? [rule(`${base}${file}`, [["Content-Type", type]])] : [];
    }),
  ];
  return `# Generated at build time from src/lib/deploy/headers.ts; deploy/nginx.conf sends the same.\n${rules.join("\n")}\n`;
}

/** `_headers.nginx`: the security headers as nginx directives, for deploy/nginx.conf to include. */
export function nginxHeaderLines(metaPolicy: string): string {
  const lines = securityHeaders(metaPolicy).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return `# Generated at build time from src/lib/deploy/headers.ts; included by deploy/nginx.conf.\n${lines.join("\n")}\n`;
}

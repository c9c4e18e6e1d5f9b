import { FILE_TYPES, HASHED_FOLDERS, HSTS, IMMUTABLE_CACHE, SHORT_CACHE } from "./headers.ts";

/** Stand for the BASE_PATH the site was built with and the folder the build was copied to. */
export const BASE_PLACEHOLDER = "@BASE_PATH@";
export const ROOT_PLACEHOLDER = "@SITE_ROOT@";

/**
 * `deploy/nginx.conf`: location blocks for a `server { }`, serving the build under its base. The
 * security headers come from the build's own `_headers.nginx` (its CSP carries the build's script
 * hashes). nginx's `add_header` in a location drops those of outer levels, so each location
 * includes the whole list. tests/unit/deploy/ keeps the committed file equal to this.
 */
export function nginxConf(): string {
  const base = BASE_PLACEHOLDER;
  const root = ROOT_PLACEHOLDER;
  const served = (cache: string) => [
    "    gzip_static on;",
    "    gzip_vary on;",
    "    charset utf-8;",
    `    include ${root}_headers.nginx;`,
    `    add_header Cache-Control "${cache}" always;`,
  ];
  return [
    '# Viet Nam\'s Diplomacy, Year by Year: the built site served by nginx (README, "Publishing").',
    "# Generated from src/lib/deploy/nginx-conf.ts and headers.ts; a test keeps this file equal to them.",
    "#",
    `# Replace ${base} with the BASE_PATH the site was built with ("/" or e.g. "/diplomacy/") and`,
    `# ${root} with the folder the contents of dist/ were copied to (ending in "/"), then include this`,
    "# file inside a server { } block. Build with COMPRESS=1 so that gzip_static finds the .gz files.",
    "# Once the host answers over HTTPS only, turn on HSTS by adding to each location:",
    `#   add_header ${HSTS[0]} "${HSTS[1]}" always;`,
    "",
    "# Pages, feeds and Pagefind's entry files: cached briefly, then revalidated.",
    `location ${base} {`,
    `    alias ${root};`,
    "    index index.html;",
    "    # Redirects (a folder without its slash) name no host or port of their own.",
    "    absolute_redirect off;",
    "    # The site's own 404 page, with status 404.",
    `    error_page 404 ${base}404.html;`,
    ...served(SHORT_CACHE),
    "}",
    "",
    "# Files named by a hash of their content: cached for a year.",
    ...HASHED_FOLDERS.flatMap((folder) => [
      `location ${base}${folder} {`,
      `    alias ${root}${folder};`,
      ...served(IMMUTABLE_CACHE),
      "}",
    ]),
    "",
    "# Files with types nginx's own list lacks or gets wrong: the reference-manager files, the EPUB",
    "# and TEI downloads, the web app manifest (a regular expression wins over the prefix above).",
    ...FILE_TYPES.flatMap((kind) => [
      // Quoted: nginx reads the braces of `{4}` as a block otherwise.
      `location ~ "^${base}(${kind.nginx})$" {`,
      `    alias ${root}$1;`,
      "    types { }",
      `    default_type ${kind.type};`,
      ...(kind.text ? [`    charset_types ${kind.type};`] : []),
      ...served(SHORT_CACHE),
      "}",
    ]),
    "",
    "# The build's header files for the hosts are not pages.",
    `location ^~ ${base}_headers {`,
    `    error_page 404 ${base}404.html;`,
    "    return 404;",
    "}",
    "",
  ].join("\n");
}

/** The file with its placeholders filled in, for a build under `base` copied to `root`. */
export function fillNginxConf(conf: string, base: string, root: string): string {
  return conf.replaceAll(BASE_PLACEHOLDER, base).replaceAll(ROOT_PLACEHOLDER, root.endsWith("/") ? root : `${root}/`);
}

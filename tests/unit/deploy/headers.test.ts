import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { HASHED_FOLDERS, IMMUTABLE_CACHE, netlifyHeaders, nginxHeaderLines } from "../../../src/lib/deploy/headers.ts";
import { fillNginxConf, nginxConf } from "../../../src/lib/deploy/nginx-conf.ts";

const POLICY = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='";

/** `_headers` as rules: path → [name, value][]. */
function parseNetlify(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) rules.set(line, (current = []));
    else {
      const [, name = "", value = ""] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      current.push([name, value]);
    }
  }
  return rules;
}

/** nginx `add_header` lines as [name, value][]. */
function parseNginxHeaders(text: string): [string, string][] {
  return [...text.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

describe("the server headers, from one list", () => {
  test("deploy/nginx.conf is the file rendered from src/lib/deploy/ (update with `vitest -u`)", async () => {
    await expect(nginxConf()).toMatchFileSnapshot("../../../deploy/nginx.conf");
  });

  test("_headers and nginx send the same security headers, the CSP being the pages' own plus frame-ancestors", () => {
    const netlify = parseNetlify(netlifyHeaders("/diplomacy/", POLICY));
    const nginx = parseNginxHeaders(nginxHeaderLines(POLICY));
    expect(netlify.get("/diplomacy/*")).toEqual(nginx);
    expect(Object.fromEntries(nginx)).toMatchObject({
      "Content-Security-Policy": `${POLICY}; frame-ancestors 'none'`,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(Object.fromEntries(nginx)["Permissions-Policy"]).toMatch(/camera=\(\), .*geolocation=\(\)/);
  });

  test("both cache the same hashed folders for a year", () => {
    const netlify = parseNetlify(netlifyHeaders("/", POLICY));
    const conf = fillNginxConf(nginxConf(), "/diplomacy/", "/srv/diplomacy");
    for (const folder of HASHED_FOLDERS) {
      expect(netlify.get(`/${folder}*`)).toEqual([["Cache-Control", IMMUTABLE_CACHE]]);
      const block = new RegExp(`location /diplomacy/${folder} \\{[^}]*\\}`).exec(conf)?.[0] ?? "";
      expect(block).toContain(`alias /srv/diplomacy/${folder};`);
      expect(parseNginxHeaders(block)).toEqual([["Cache-Control", IMMUTABLE_CACHE]]);
      expect(block).toContain("include /srv/diplomacy/_headers.nginx;");
    }
  });

  test("the reference-manager files, EPUB and TEI downloads and the manifest get their types in _headers and nginx; other XML and JSON keep their own", () => {
    const files = [
      ...["2021.epub", "edition.epub", "2021.xml", "2021.ris", "reviews.bib", "2021.csl.json", "manifest.webmanifest"],
      ...["rss.xml", "sitemap-0.xml", "2021/index.html", "reviews.json", "2021/cite.json"],
    ];
    const netlify = parseNetlify(netlifyHeaders("/diplomacy/", POLICY, files));
    expect(netlify.get("/diplomacy/2021.epub")).toEqual([["Content-Type", "application/epub+zip"]]);
    expect(netlify.get("/diplomacy/edition.epub")).toEqual([["Content-Type", "application/epub+zip"]]);
    expect(netlify.get("/diplomacy/2021.xml")).toEqual([["Content-Type", "application/tei+xml; charset=utf-8"]]);
    expect(netlify.get("/diplomacy/2021.ris")).toEqual([
      ["Content-Type", "application/x-research-info-systems; charset=utf-8"],
    ]);
    expect(netlify.get("/diplomacy/reviews.bib")).toEqual([["Content-Type", "application/x-bibtex; charset=utf-8"]]);
    expect(netlify.get("/diplomacy/2021.csl.json")).toEqual([
      ["Content-Type", "application/vnd.citationstyles.csl+json; charset=utf-8"],
    ]);
    expect(netlify.get("/diplomacy/manifest.webmanifest")).toEqual([
      ["Content-Type", "application/manifest+json; charset=utf-8"],
    ]);
    expect([...netlify.keys()].filter((path) => /rss|sitemap|html|reviews\.json|cite/.test(path))).toEqual([]);
    const conf = fillNginxConf(nginxConf(), "/diplomacy/", "/srv/diplomacy");
    const tei = /location ~ "\^\/diplomacy\/\(\[0-9\]\{4\}\\\.xml\)\$" \{[^}]*\}[^}]*\}/.exec(conf)?.[0] ?? "";
    expect(tei).toContain("default_type application/tei+xml;");
    expect(tei).toContain("alias /srv/diplomacy/$1;");
    expect(tei).toContain("include /srv/diplomacy/_headers.nginx;");
    expect(conf).toMatch(
      /location ~ "\^\/diplomacy\/\(\[\^\/\]\+\\\.epub\)\$" \{[^}]*\}\s*default_type application\/epub\+zip;/,
    );
  });

  test("the committed nginx.conf names no build of its own: placeholders only", () => {
    const conf = readFileSync("deploy/nginx.conf", "utf8");
    expect(conf).toContain("location @BASE_PATH@ {");
    expect(conf).not.toMatch(/sha256-/);
  });
});

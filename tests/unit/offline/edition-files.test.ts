import { describe, expect, test } from "vitest";
import {
  buildId,
  editionUrl,
  pageResources,
  shellFiles,
  staticImports,
} from "../../../src/lib/offline/edition-files.ts";
import { readableSize } from "../../../src/lib/offline/readable-size.ts";
import { iconSvg } from "../../../src/lib/offline/app-icons.ts";
import { webManifest } from "../../../src/lib/offline/web-manifest.ts";
import { CSP_DIRECTIVES } from "../../../src/lib/deploy/headers.ts";
import type { EditionFile } from "../../../src/lib/offline/protocol.ts";

const file = (url: string, size = 10, revision: string | null = null): EditionFile => ({ url, revision, size });

describe("the kept edition's files", () => {
  test("a page's file becomes the address a reader opens, under the base", () => {
    expect(editionUrl("/", "index.html")).toBe("/");
    expect(editionUrl("/", "2021/index.html")).toBe("/2021/");
    expect(editionUrl("/diplomacy/", "compare/2021/2022/index.html")).toBe("/diplomacy/compare/2021/2022/");
    expect(editionUrl("/diplomacy/", "_astro/a.B1c2D3e4.css")).toBe("/diplomacy/_astro/a.B1c2D3e4.css");
  });

  test("the build's id changes when any file's revision or name changes, not with the order listed", () => {
    const files = [file("/", 1, "a"), file("/2021/", 1, "b")];
    expect(buildId(files)).toBe(buildId([...files].reverse()));
    expect(buildId(files)).not.toBe(buildId([file("/", 1, "a"), file("/2021/", 1, "c")]));
    expect(buildId(files)).not.toBe(buildId([file("/", 1, "a"), file("/2022/", 1, "b")]));
  });

  test("a page's own stylesheets, scripts and icon are found; links to other pages are not", () => {
    const edition = [file("/_astro/home.X1.css"), file("/theme-init.js"), file("/2021/"), file("/_astro/other.js")];
    const html = `<link rel="stylesheet" href="/_astro/home.X1.css"><script src="/theme-init.js"></script><a href="/2021/">2021</a><link rel="alternate" href="/2021/">`;
    expect(pageResources(html, edition).map((f) => f.url)).toEqual(["/_astro/home.X1.css", "/theme-init.js"]);
  });

  test("a built chunk's static imports are read; its lazy imports are not", () => {
    const js = `import{t as e}from"./urls.Co.js";import{t}from"./preload-helper.tn.js";var i=()=>t(()=>import(\`./offline-controls.Ch.js\`),[]);`;
    expect(staticImports(js)).toEqual(["urls.Co.js", "preload-helper.tn.js"]);
    expect(staticImports(`import"./side-effect.A1.js";`)).toEqual(["side-effect.A1.js"]);
  });

  test("the shell is the offline page, what it links, the offline controls and their imports, nothing else", () => {
    const offline = file("/offline/");
    const edition = [
      offline,
      file("/_astro/home.X1.css"),
      file("/_astro/OfflineKeep.A1.js"),
      file("/_astro/offline-controls.B2.js"),
      file("/_astro/offline-controls.E5.css"),
      file("/_astro/urls.C3.js"),
      file("/_astro/search.D4.js"),
      file("/2021/"),
    ];
    const scripts: Record<string, string> = {
      "/_astro/OfflineKeep.A1.js": `import{t}from"./urls.C3.js";()=>import("./offline-controls.B2.js")`,
      "/_astro/offline-controls.B2.js": `import{t as e}from"./OfflineKeep.A1.js";var s="/_astro/offline-controls.E5.css";`,
      "/_astro/urls.C3.js": "export const t=1;",
    };
    const html = `<link rel="stylesheet" href="/_astro/home.X1.css"><script type="module" src="/_astro/OfflineKeep.A1.js"></script>`;
    const shell = shellFiles(offline, html, edition, (f) => scripts[f.url] ?? "");
    expect(shell.map((f) => f.url).sort()).toEqual(
      [
        "/offline/",
        "/_astro/home.X1.css",
        "/_astro/OfflineKeep.A1.js",
        "/_astro/offline-controls.B2.js",
        "/_astro/offline-controls.E5.css",
        "/_astro/urls.C3.js",
      ].sort(),
    );
  });

  test("sizes read as a reader reads them", () => {
    expect(readableSize(1_432_000)).toBe("1.4 MB");
    expect(readableSize(730_000)).toBe("730 KB");
    expect(readableSize(120)).toBe("1 KB");
  });
});

describe("the home-screen app", () => {
  test("the maskable icon is the favicon's star on its red, square and inside the safe zone", () => {
    const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#8a1c1c"/><path d="M16 5z" fill="#f5d76e"/></svg>`;
    expect(iconSvg(favicon, "any")).toBe(favicon);
    const maskable = iconSvg(favicon, "maskable");
    expect(maskable).toContain(`<rect width="32" height="32" fill="#8a1c1c"/>`);
    expect(maskable).not.toContain("rx=");
    expect(maskable).toContain(`scale(0.7)"><path d="M16 5z" fill="#f5d76e"/>`);
    expect(() => iconSvg("<svg></svg>", "maskable")).toThrow(/public\/favicon\.svg/);
  });

  test("the manifest's start, scope and icons lie under the base", () => {
    const manifest = webManifest("/diplomacy/");
    expect(manifest.start_url).toBe("/diplomacy/");
    expect(manifest.scope).toBe("/diplomacy/");
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      "/diplomacy/icons/icon-192.png",
      "/diplomacy/icons/icon-512.png",
      "/diplomacy/icons/icon-maskable-512.png",
    ]);
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  });

  test("the policy allows the worker and the manifest from the site itself, and nothing else new", () => {
    expect(CSP_DIRECTIVES).toContain("worker-src 'self'");
    expect(CSP_DIRECTIVES).toContain("manifest-src 'self'");
    expect(CSP_DIRECTIVES.filter((d) => /^(worker|manifest)-src/.test(d))).toHaveLength(2);
  });
});

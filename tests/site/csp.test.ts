import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { inlineScriptSources } from "../../src/lib/deploy/csp-hashes.ts";
import { builtPages, DIST } from "./built-pages.ts";

/** Every inline script some page runs, as a CSP source. */
const siteInlineScripts = new Set(
  builtPages().flatMap((page) => inlineScriptSources(readFileSync(join(DIST, page), "utf8"))),
);

describe.each(builtPages())("%s", (page) => {
  const html = readFileSync(join(DIST, page), "utf8");
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? "";
  const directive = (name: string) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? "";

  test("carries a strict Content-Security-Policy", () => {
    expect(csp).not.toBe("");
    const scripts = directive("script-src");
    expect(scripts).toMatch(/^script-src 'self'/);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive("style-src")).not.toContain("'unsafe-inline'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("default-src")).toBe("default-src 'self'");
  });

  test("allows by hash exactly the inline scripts the site runs, none that no page holds", () => {
    const hashes = directive("script-src").match(/'sha\d+-[^']+'/g) ?? [];
    expect(new Set(hashes)).toEqual(siteInlineScripts);
    for (const script of inlineScriptSources(html)) expect(hashes).toContain(script);
  });

  test("has no inline event handlers or javascript: URLs", () => {
    expect(html).not.toMatch(/\son[a-z]+="/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });
});

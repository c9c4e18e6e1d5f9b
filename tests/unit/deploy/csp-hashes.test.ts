import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { inlineScriptSources, keepUsedScriptHashes } from "../../../src/lib/deploy/csp-hashes.ts";

const source = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

describe("inlineScriptSources", () => {
  test("hashes each inline script a browser runs, byte for byte, and no data block or external script", () => {
    const html = [
      `<script type="module">let a=1;</script>`,
      `<script>console.log("x")</script>`,
      `<script type="application/ld+json">{"@type":"Thing"}</script>`,
      `<script type="application/json" id="d">{}</script>`,
      `<script type="module" src="/_astro/a.js"></script>`,
    ].join("");
    expect(inlineScriptSources(html)).toEqual([source("let a=1;"), source(`console.log("x")`)]);
  });
});

describe("keepUsedScriptHashes", () => {
  const used = source("let a=1;");
  const unused = source("client:idle");
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${used} ${unused}; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';`;

  test("drops from script-src each hash no page's script has, and keeps the rest in order", () => {
    expect(keepUsedScriptHashes(policy, new Set([used]))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${used}; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';`,
    );
  });

  test("leaves a policy whose hashes are all used as it is, style hashes included", () => {
    expect(keepUsedScriptHashes(policy, new Set([used, unused]))).toBe(policy);
  });
});

import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

// The project's own lint configuration, applied to snippets as if they were files in src/.
const eslint = new ESLint({ cwd: process.cwd() });

async function addressErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
}

// The first lint loads ESLint, its parsers and the project config: seconds on a busy machine.
describe("the lint rule against hand-written root-relative addresses", { timeout: 60_000 }, () => {
  test("fails on a root-relative string, template or attribute in src/", async () => {
    expect(await addressErrors('export const a = "/search/";\n', "src/lib/example.ts")).toBe(1);
    expect(await addressErrors("export const b = (y: number) => `/${y}/`;\n", "src/lib/example.ts")).toBe(1);
    expect(await addressErrors('---\n---\n\n<a href="/">Home</a>\n', "src/components/Example.astro")).toBe(1);
    expect(await addressErrors("---\n---\n\n<a href={`/${2021}/`}>2021</a>\n", "src/components/Example.astro")).toBe(1);
  });

  test("lets through addresses built by the helper, separators, protocol-relative and full URLs", async () => {
    const fine = [
      'import { sitePath } from "./urls.ts";',
      'export const a = sitePath("search/");',
      'export const parts = "a/b".split("/");',
      'export const external = "//cdn.example.net/x.js";',
      'export const full = "https://example.net/a/";',
      "export const joined = (a: string, b: string) => `${a}/${b}`;",
      "",
    ].join("\n");
    expect(await addressErrors(fine, "src/lib/example.ts")).toBe(0);
  });

  test("applies to src/ only, and not to the helper itself", async () => {
    expect(await addressErrors('export const a = "/search/";\n', "src/lib/urls.ts")).toBe(0);
    expect(await addressErrors('export const a = "/search/";\n', "tests/unit/example.test.ts")).toBe(0);
  });
});

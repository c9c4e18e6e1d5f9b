import { describe, expect, test } from "vitest";
import lazyChunks from "../../../src/integrations/lazy-chunks.ts";

const plugin = lazyChunks();
type Transform = (code: string, id: string) => string | undefined;
type GenerateBundle = (this: { error: (message: string) => never }, options: object, bundle: object) => void;
const transform = plugin.transform as Transform;
const { handler: generateBundle, order } = plugin.generateBundle as { handler: GenerateBundle; order: string };

/** Runs the bundle check as Vite would, turning `this.error` into a thrown error. */
function checkBundle(bundle: Record<string, { type: "chunk" | "asset"; code?: string; fileName: string }>): void {
  generateBundle.call(
    {
      error: (message: string) => {
        throw new Error(message);
      },
    },
    {},
    bundle,
  );
}

describe("lazy chunks without Vite's preload machinery", () => {
  test("module preloading is off, and the preload helper is the bare call", () => {
    expect((plugin.config as () => unknown)()).toEqual({ build: { modulePreload: false } });
    expect(transform("export const __vitePreload = function preload() {}", "\0vite/preload-helper.js")).toBe(
      "export const __vitePreload = (load) => load();",
    );
    expect(transform("export const x = 1;", "/src/scripts/year-page.ts")).toBeUndefined();
  });

  test("a lazy import with CSS to preload stops the build, naming the chunk and what to do", () => {
    expect(order).toBe("post");
    const withCss = {
      "_astro/page.js": {
        type: "chunk" as const,
        fileName: "_astro/page.js",
        code: 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.css"])))=>i.map(i=>d[i]);',
      },
    };
    expect(() => checkBundle(withCss)).toThrow(/_astro\/page\.js lazily imports a module that imports CSS.*\?url/);
  });

  test("lazy imports with nothing to preload pass", () => {
    const plain = {
      "_astro/page.js": { type: "chunk" as const, fileName: "_astro/page.js", code: "e(()=>import(`./d.js`),[])" },
      "_astro/x.css": { type: "asset" as const, fileName: "_astro/x.css" },
    };
    expect(() => checkBundle(plain)).not.toThrow();
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fallbackFaces, literataMetrics } from "../../../src/lib/fonts/fallback-faces.ts";

const literata = readFileSync("node_modules/@fontsource-variable/literata/files/literata-latin-wght-normal.woff2");

describe("fallback faces shaped like Literata", () => {
  test("Literata's metrics come from its file", () => {
    expect(literataMetrics(literata)).toMatchObject({ ascent: 1177, descent: -308, lineGap: 0, unitsPerEm: 1000 });
  });

  test("each system serif gets size-adjust and ascent, descent and line-gap overrides", () => {
    const { css } = fallbackFaces(literata);
    const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(4);
    for (const face of faces) {
      expect(face).toMatch(/src: local\(/);
      expect(face).toMatch(/size-adjust: \d+(\.\d+)?%/);
      expect(face).toMatch(/ascent-override: \d/);
      expect(face).toMatch(/descent-override: \d/);
    }
  });

  test("global.css names the same stack, so the faces are used", () => {
    const { fontFamily } = fallbackFaces(literata);
    const declared = /--font-serif:\s*([^;]*);/.exec(readFileSync("src/styles/global.css", "utf8"))?.[1] ?? "";
    const names = (stack: string) => stack.split(",").map((n) => n.trim().replace(/"/g, ""));
    const fallbacks = names(fontFamily).filter((n) => n.includes("Fallback"));
    expect(names(declared).slice(0, fallbacks.length + 1)).toEqual(["Literata Variable", ...fallbacks]);
  });
});

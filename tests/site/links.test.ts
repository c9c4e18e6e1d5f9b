import { expect, test } from "vitest";
import { DIST } from "./built-pages.ts";
import { brokenReferences } from "./link-check.ts";

test("every internal link, asset and #fragment in the built site resolves", () => {
  expect(brokenReferences(DIST)).toEqual([]);
});

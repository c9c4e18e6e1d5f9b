import { describe, expect, test } from "vitest";
import { metaProblem, pageUrl } from "../../../src/integrations/pagefind.ts";

describe("the Pagefind integration", () => {
  test("indexes a built page under the URL the site serves it at", () => {
    // Without the base, which Pagefind adds in the browser (its baseUrl option).
    expect(pageUrl("2021/index.html")).toBe("/2021/");
    expect(pageUrl("index.html")).toBe("/");
  });

  test("a page without its title or year is refused, naming it", () => {
    expect(metaProblem("/2021/", { title: "T", year: "2021" })).toBeUndefined();
    expect(metaProblem("/2021/", { title: "T" })).toBe("/2021/: no year in data-pagefind-meta");
  });
});

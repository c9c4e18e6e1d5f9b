import { describe, expect, test } from "vitest";
import { PLACEHOLDER_SITE_URL, siteAddressFromEnv } from "../../../src/lib/site-address.ts";
import { absoluteUrl, sitePath, yearPage } from "../../../src/lib/urls.ts";

describe("SITE_URL and BASE_PATH", () => {
  test("without them: the placeholder host, at the root, and said so", () => {
    expect(siteAddressFromEnv({})).toEqual({ site: PLACEHOLDER_SITE_URL, base: "/", placeholder: true });
  });

  test("an origin and a base path, normalised to one slash at each end of the path", () => {
    const env = { SITE_URL: "https://reviews.example.net/", BASE_PATH: "diplomacy" };
    expect(siteAddressFromEnv(env)).toEqual({
      site: "https://reviews.example.net",
      base: "/diplomacy/",
      placeholder: false,
    });
    expect(siteAddressFromEnv({ BASE_PATH: "/a/b//" }).base).toBe("/a/b/");
    expect(siteAddressFromEnv({ BASE_PATH: "/" }).base).toBe("/");
  });

  test("bad values are refused with what to write instead", () => {
    expect(() => siteAddressFromEnv({ SITE_URL: "reviews.example.net" })).toThrow(/not an address.*SITE_URL=https:/);
    expect(() => siteAddressFromEnv({ SITE_URL: "ftp://x.net" })).toThrow(/must start with https:/);
    expect(() => siteAddressFromEnv({ SITE_URL: "https://x.github.io/repo" })).toThrow(
      /SITE_URL=https:\/\/x\.github\.io\) and the path as BASE_PATH=\/repo\//,
    );
    expect(() => siteAddressFromEnv({ BASE_PATH: "https://x.net/a/" })).toThrow(/must be a path/);
    expect(() => siteAddressFromEnv({ BASE_PATH: "/a/../b/" })).toThrow(/"\.\."/);
  });
});

describe("the address helper", () => {
  test("puts the base in front of a path inside the site", () => {
    expect(sitePath("", "/")).toBe("/");
    expect(sitePath("search/?q=bamboo", "/diplomacy/")).toBe("/diplomacy/search/?q=bamboo");
    expect(sitePath(yearPage(2021, "p-12"), "/diplomacy")).toBe("/diplomacy/2021/#p-12");
  });

  test("refuses a path that already starts at the root", () => {
    expect(() => sitePath("/2021/", "/")).toThrow(/without its leading slash/);
  });

  test("absolute addresses name the site (the placeholder where Astro set none)", () => {
    expect(absoluteUrl(yearPage(2021))).toBe(`${PLACEHOLDER_SITE_URL}/2021/`);
    expect(absoluteUrl("", "https://reviews.example.net")).toBe("https://reviews.example.net/");
  });
});

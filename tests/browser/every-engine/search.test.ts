import { describe, expect, test } from "vitest";
import { ENGINE_NAMES } from "../support/engines/reader.ts";
import { focusedId, reading, useEngine } from "../support/engines/reader-actions.ts";

const DESKTOP = { width: 1280, height: 900 };

describe.each(ENGINE_NAMES)("header search in %s", (name) => {
  const engine = useEngine(name);

  test("/ focuses the field; typing lists results; ArrowDown and Enter follow one, which marks the term", () =>
    reading(engine(), DESKTOP, "/2022/", async (reader) => {
      await reader.press("/");
      expect(await focusedId(reader)).toBe("site-search-input");
      await reader.type("bamboo");
      // Results for a prefix typed on the way ("ba") may show first; wait for the whole word's.
      const option = "#site-search-listbox [role=option][href*='highlight=bamboo']";
      await expect
        .poll(() => reader.run((sel) => document.querySelectorAll(sel).length, option), { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect(
        await reader.run(() => document.querySelector("#site-search-input")?.getAttribute("aria-expanded") ?? null),
      ).toBe("true");
      await reader.press("ArrowDown");
      const chosen = await reader.run(() => {
        const id = document.querySelector("#site-search-input")?.getAttribute("aria-activedescendant");
        const option = id ? document.getElementById(id) : null;
        return option ? { selected: option.getAttribute("aria-selected"), href: option.getAttribute("href") } : null;
      });
      expect(chosen?.selected).toBe("true");
      await reader.press("Enter");
      await expect
        .poll(() => reader.run(() => location.pathname + location.search + location.hash), { timeout: 10_000 })
        .toBe(chosen?.href);
      await expect
        .poll(() => reader.run(() => document.querySelector("mark.search-mark")?.textContent?.toLowerCase() ?? null), {
          timeout: 10_000,
        })
        .toBe("bamboo");
    }));

  test("Escape closes the list and leaves focus in the field", () =>
    reading(engine(), DESKTOP, "/2021/", async (reader) => {
      await reader.press("/");
      expect(await focusedId(reader)).toBe("site-search-input");
      await reader.type("vaccine");
      await expect
        .poll(() => reader.run(() => document.querySelectorAll("#site-search-listbox [role=option]").length), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      await reader.press("Escape");
      expect(
        await reader.run(() => document.querySelector("#site-search-input")?.getAttribute("aria-expanded") ?? null),
      ).toBe("false");
      expect(await focusedId(reader)).toBe("site-search-input");
    }));
});

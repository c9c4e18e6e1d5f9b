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
      // "bamboo" is a printed form of an index entry, which comes first; the passages follow it.
      await reader.press("ArrowDown");
      expect(
        await reader.run(
          () => document.querySelector("#site-search-input")?.getAttribute("aria-activedescendant") ?? null,
        ),
      ).toBe("site-search-option-entry");
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

  test("a name with its diacritics shows its index entry first; words held by no passage are not counted as matches", () =>
    reading(engine(), DESKTOP, "/2021/", async (reader) => {
      await reader.press("/");
      await reader.type("Hà Nội");
      await expect
        .poll(
          () => reader.run(() => document.querySelector("#site-search-option-entry")?.getAttribute("href") ?? null),
          {
            timeout: 10_000,
          },
        )
        .toBe("/index/hanoi/");
      const shown = await reader.run(() => ({
        first: document.querySelector("#site-search-listbox [role=option]")?.id ?? "",
        entry: document.querySelector("#site-search-option-entry")?.textContent ?? "",
        marks: [...document.querySelectorAll("#site-search-listbox mark")].map((m) => m.textContent ?? ""),
        status: document.querySelector("#site-search-status")?.textContent ?? "",
      }));
      expect(shown.first).toBe("site-search-option-entry");
      expect(shown.entry).toContain("Hanoi");
      expect(shown.entry).toContain("1 mention in 1 year");
      expect(shown.marks).toEqual([]);
      expect(shown.status).toMatch(/^No passage matches “Hà Nội”/);
      await reader.press("Escape");
      await reader.press("Escape");
      await reader.type("quantum bamboo");
      await expect
        .poll(() => reader.run(() => document.querySelector(".search-popup-note")?.textContent ?? ""), {
          timeout: 10_000,
        })
        .toMatch(/^No passage holds all of “quantum bamboo”\./);
      const marks = await reader.run(() =>
        [...document.querySelectorAll("#site-search-listbox mark")].map((m) => m.textContent?.toLowerCase() ?? ""),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toContain("bamboo");
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

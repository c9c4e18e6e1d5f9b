import { describe, expect, test } from "vitest";
import { ENGINE_NAMES, type Reader } from "../support/engines/reader.ts";
import { clickOn, reading, useEngine } from "../support/engines/reader-actions.ts";

const DESKTOP = { width: 1280, height: 900 };

const dialog = (reader: Reader) =>
  reader.run(() => {
    const d = document.querySelector<HTMLDialogElement>("dialog.cite-dialog");
    return d?.open ? { modal: d.matches(":modal"), title: d.querySelector("h2")?.textContent ?? "" } : null;
  });
const focusedLabel = (reader: Reader) => reader.run(() => document.activeElement?.getAttribute("aria-label") ?? "");

describe.each(ENGINE_NAMES)("the cite dialog in %s", (name) => {
  const engine = useEngine(name);

  test("a click on a paragraph's Cite opens the modal dialog; Copy says what happened; Escape closes it and focus returns", () =>
    reading(engine(), DESKTOP, "/2021/", async (reader) => {
      await reader.run(() => document.querySelector("#p-7")?.scrollIntoView({ block: "center" }));
      await clickOn(reader, "#p-7 .cite-button");
      await expect.poll(() => dialog(reader)).toEqual({ modal: true, title: "Cite paragraph 7" });
      await clickOn(reader, "#cite-copy-0");
      // Copied, or (where the browser refuses the clipboard) the text selected and the reader told so.
      await expect
        .poll(() => reader.run(() => document.querySelector("dialog.cite-dialog [role=status]")?.textContent ?? ""))
        .toMatch(/^(Chicago, note copied|Copying failed: the Chicago, note text is selected; copy it yourself)$/);
      await reader.press("Escape");
      await expect.poll(() => dialog(reader)).toBeNull();
      expect(await focusedLabel(reader)).toBe("Cite paragraph 7");
    }));

  test("by keyboard: Tab from a paragraph's ¶ reaches its Cite, Enter opens the dialog with focus on the first Copy", () =>
    reading(engine(), DESKTOP, "/2021/", async (reader) => {
      await reader.run(() => document.querySelector<HTMLElement>("#p-7 a.para-link")?.focus());
      await reader.press("Tab");
      expect(await focusedLabel(reader)).toBe("Cite paragraph 7");
      await reader.press("Enter");
      await expect.poll(() => dialog(reader)).toEqual({ modal: true, title: "Cite paragraph 7" });
      expect(await reader.run(() => document.activeElement?.id ?? "")).toBe("cite-copy-0");
      await reader.press("Escape");
      await expect.poll(() => dialog(reader)).toBeNull();
      expect(await focusedLabel(reader)).toBe("Cite paragraph 7");
    }));
});

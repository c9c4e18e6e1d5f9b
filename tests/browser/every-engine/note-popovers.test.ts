import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { ENGINE_NAMES, type Reader } from "../support/engines/reader.ts";
import { centreOf, clickOn, headerBottom, pause, reading, useEngine } from "../support/engines/reader-actions.ts";

const REF = "a[data-footnote-ref]";
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
/** The widest gap between a reference and its note still read as "beside" it. */
const MAX_GAP = 24;

/** The year pages in dist/ whose text has note references. */
const years = readdirSync(resolve("dist"))
  .filter((name) => /^\d{4}$/.test(name))
  .filter((year) => {
    const file = resolve("dist", year, "index.html");
    return existsSync(file) && readFileSync(file, "utf8").includes("data-footnote-ref");
  })
  .sort();

/** Scrolls so the `index`th reference's top is `y` px from the top of the viewport. */
const placeRef = (reader: Reader, index: number, y: number) =>
  reader.run(
    (sel, i, at) => {
      const ref = document.querySelectorAll(sel)[i];
      if (ref) window.scrollBy(0, ref.getBoundingClientRect().top - at);
      return ref ? ref.getBoundingClientRect().top : null;
    },
    REF,
    index,
    y,
  );

/** The open note and its reference once the note is placed and shown (null while none is). */
const openNote = (reader: Reader) =>
  reader.run(async () => {
    const popover = document.querySelector(".note-popover:popover-open");
    const ref = document.querySelector('a[data-footnote-ref][aria-expanded="true"]');
    if (!(popover instanceof HTMLElement) || !ref || getComputedStyle(popover).visibility !== "visible") return null;
    await Promise.all(popover.getAnimations().map((animation) => animation.finished));
    const box = popover.getBoundingClientRect();
    const at = ref.getBoundingClientRect();
    return {
      box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      ref: { top: at.top, bottom: at.bottom, left: at.left, right: at.right },
      screen: { width: document.documentElement.clientWidth, height: innerHeight },
      href: ref.getAttribute("href"),
    };
  });

type OpenNote = NonNullable<Awaited<ReturnType<typeof openNote>>>;

async function waitForNote(reader: Reader): Promise<OpenNote> {
  // Generous: a browser that distrusts its anchor positioning downloads Floating UI first. A note is
  // waited for until it is on screen, since WebKit under load can misplace it late and the page then
  // places it again; one that stays off screen fails below, with its box.
  const onScreen = async () => {
    const note = await openNote(reader);
    return note !== null && note.box.top >= -0.5 && note.box.bottom <= note.screen.height + 0.5;
  };
  for (const start = Date.now(); Date.now() - start < 10_000 && !(await onScreen());) await pause(100);
  await expect.poll(() => openNote(reader), { timeout: 5000 }).not.toBeNull();
  const note = await openNote(reader);
  if (!note) throw new Error("the note closed again");
  return note;
}

const openCount = (reader: Reader) => reader.run(() => document.querySelectorAll(".note-popover:popover-open").length);

function expectWholeOnScreen({ box, screen }: OpenNote, label: string): void {
  expect(box.left, `${label}: left edge on screen`).toBeGreaterThanOrEqual(-0.5);
  expect(box.top, `${label}: top edge on screen`).toBeGreaterThanOrEqual(-0.5);
  expect(box.right, `${label}: right edge on screen`).toBeLessThanOrEqual(screen.width + 0.5);
  expect(box.bottom, `${label}: bottom edge on screen`).toBeLessThanOrEqual(screen.height + 0.5);
}

function expectBeside({ box, ref }: OpenNote, label: string): void {
  const below = box.top >= ref.bottom - 1 && box.top - ref.bottom <= MAX_GAP;
  const above = box.bottom <= ref.top + 1 && ref.top - box.bottom <= MAX_GAP;
  expect(below || above, `${label}: just below or above its reference (${JSON.stringify({ box, ref })})`).toBe(true);
  expect(box.left <= ref.right && box.right >= ref.left, `${label}: across its reference`).toBe(true);
}

describe.each(ENGINE_NAMES)("note popovers in %s", (name) => {
  const engine = useEngine(name);

  test.each(years)(
    "on /%s/ at 1280 × 900 every note opens whole on screen beside its reference, from just under the header to the foot of the screen",
    (year) =>
      reading(engine(), DESKTOP, `/${year}/`, async (reader) => {
        const count = await reader.run((sel) => document.querySelectorAll(sel).length, REF);
        expect(count).toBeGreaterThan(0);
        const top = Math.ceil(await headerBottom(reader)) + 4;
        for (let i = 0; i < count; i++) {
          const heights = [top, 150, 300, 450, 650, DESKTOP.height - 30];
          let tested = 0;
          for (const at of heights) {
            const label = `note ${i + 1} with its reference at ${at} px`;
            const placed = await placeRef(reader, i, at);
            if (placed === null || Math.abs(placed - at) > 1) continue; // the page cannot scroll that far
            tested++;
            await clickOn(reader, REF, i);
            const note = await waitForNote(reader);
            expectWholeOnScreen(note, label);
            expectBeside(note, label);
            await reader.press("Escape");
            await expect.poll(() => openCount(reader), { timeout: 3000 }).toBe(0);
          }
          expect(tested, `note ${i + 1}: the heights the page could scroll it to`).toBeGreaterThanOrEqual(4);
        }
      }),
    // Six heights for every note, each a few driver round trips: WebDriver under load is slow.
    120_000,
  );

  test("at phone width a click opens a full-width sheet along the bottom, wherever the reference is; a click above closes it", () =>
    reading(engine(), PHONE, `/${years[0]}/`, async (reader) => {
      for (const at of [Math.ceil(await headerBottom(reader)) + 4, 400, PHONE.height - 40]) {
        const y = await placeRef(reader, 0, at);
        const scrolled = await reader.run(() => scrollY);
        await clickOn(reader, REF, 0);
        const note = await waitForNote(reader);
        expectWholeOnScreen(note, `sheet, reference at ${y} px`);
        expect(note.box.left).toBeCloseTo(0, 0);
        expect(note.box.right).toBeCloseTo(PHONE.width, 0);
        expect(note.box.bottom).toBeCloseTo(PHONE.height, 0);
        expect(await reader.run(() => scrollY), "opening does not scroll").toBe(scrolled);
        await reader.clickAt(PHONE.width / 2, Math.max(note.box.top / 2, 2));
        await expect.poll(() => openCount(reader), { timeout: 3000 }).toBe(0);
      }
    }));

  test.each(["Enter", " "] as const)(
    "%j on a focused reference opens its note; Escape closes it and focus returns",
    (key) =>
      reading(engine(), DESKTOP, `/${years[0]}/`, async (reader) => {
        await placeRef(reader, 0, 300);
        await reader.run((sel) => document.querySelector<HTMLElement>(sel)?.focus(), REF);
        await reader.press(key);
        const note = await waitForNote(reader);
        expectBeside(note, "opened by keyboard");
        await reader.press("Escape");
        await expect.poll(() => openCount(reader), { timeout: 3000 }).toBe(0);
        const focused = await reader.run(() => document.activeElement?.getAttribute("href") ?? null);
        expect(focused).toBe(note.href);
      }),
  );

  test("a mouse resting on a reference opens its note; the pointer can move into it; leaving both closes it", () =>
    reading(engine(), DESKTOP, `/${years[0]}/`, async (reader) => {
      expect(await reader.run(() => matchMedia("(hover: hover) and (pointer: fine)").matches), "a fine pointer").toBe(
        true,
      );
      await placeRef(reader, 0, 300);
      const ref = await centreOf(reader, REF, 0);
      await reader.moveTo(ref.x, ref.y);
      const note = await waitForNote(reader);
      await reader.moveTo((note.box.left + note.box.right) / 2, (note.box.top + note.box.bottom) / 2);
      await pause(800);
      expect(await openCount(reader), "stays open while the pointer is in it").toBe(1);
      await reader.moveTo(5, DESKTOP.height - 5);
      await expect.poll(() => openCount(reader), { timeout: 3000 }).toBe(0);
    }));
});

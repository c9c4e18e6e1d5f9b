import { fileURLToPath } from "node:url";
import { describe, expect, test, vi } from "vitest";
import { drawOgImage, type OgCard } from "../../../src/lib/og/og-image.ts";

// drawn-cards.ts finds its thread where astro.config.mjs's `define` says; here the test says it.
const THREAD = fileURLToPath(new URL("../../../src/lib/og/card-thread.ts", import.meta.url));
const card: OgCard = { path: "2021/", kicker: "2021", title: "Viet Nam’s diplomacy in 2021", footer: "No. 984" };

async function drawnCards(thread: string) {
  vi.resetModules();
  vi.stubGlobal("__OG_CARD_THREAD__", thread);
  return import("../../../src/lib/og/drawn-cards.ts");
}

describe("the Open Graph cards' thread", () => {
  test("draws the same bytes as drawing in the build's own thread, once per card", async () => {
    const { renderOgImage, drawCardsAhead } = await drawnCards(THREAD);
    drawCardsAhead([card]);
    const first = renderOgImage(card);
    expect(renderOgImage({ ...card })).toBe(first);
    const png = await first;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.equals(await drawOgImage(card))).toBe(true);
  }, 30_000);

  test("a thread that cannot start fails each card waiting, naming the card", async () => {
    const { renderOgImage } = await drawnCards(fileURLToPath(new URL("./no-such-thread.ts", import.meta.url)));
    await expect(renderOgImage(card)).rejects.toThrow(/Open Graph card of "2021\/" could not be drawn/);
  });
});

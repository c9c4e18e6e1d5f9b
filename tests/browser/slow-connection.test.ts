import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { SLOW_PHONE } from "./support/layout-shift.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/** /2021/ loaded over a slow phone connection with the cache off, as a first visit. */
async function slowVisit(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), { viewport });
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_PHONE });
  await opened.page.goto(`${origin}/2021/`, { waitUntil: "load" });
  return opened;
}

const openNote = (page: Page) => page.evaluate(() => document.querySelector(".note-popover:popover-open") !== null);

// What loads on a reader's first move must not make the first use wait: the popovers' code is not
// in the page's first load (the references are far down the text); it comes once a reference is
// within a screen of the view, so a reader who scrolled to one finds the note opening at the first
// press, at once, whatever the network.
describe("on a slow phone connection, first use", () => {
  test.each([
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ])("the first press on a note reference a reader scrolled to opens the note, at $width px", async (viewport) => {
    const { page, errors } = await slowVisit(viewport);
    const code = () =>
      page.evaluate(() =>
        performance.getEntriesByType("resource").filter((r) => /\/popovers\.[\w-]+\.js$/.test(r.name)),
      );
    expect(await code(), "not in the first load").toEqual([]);
    const ref = page.locator("a[data-footnote-ref]").first();
    await ref.scrollIntoViewIfNeeded();
    // The reader reads on to the reference; by then the code has come.
    await expect.poll(async () => (await code()).length).toBe(1);
    await page.waitForLoadState("networkidle");
    await ref.click();
    // No waiting for the network: the note is open in the same moment.
    expect(await openNote(page)).toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

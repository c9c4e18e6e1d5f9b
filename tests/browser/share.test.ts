import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { PLACEHOLDER_SITE_URL } from "../../src/lib/site-address.ts";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";

const origin = inject("origin");
const browser = chromiumPerFile();

/**
 * A phone's Web Share API, stubbed: `navigator.share` records what it is given and answers as told
 * (`ok`, or a DOMException's name: the reader closing the sheet is an AbortError).
 */
async function pageWithShare(
  answer: "ok" | "AbortError" | "NotAllowedError",
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
  await opened.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await opened.page.addInitScript((how) => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        shared.push(data);
        return how === "ok" ? Promise.resolve() : Promise.reject(new DOMException("stub", how));
      },
    });
  }, answer);
  await opened.page.goto(`${origin}/2021/`);
  return opened;
}

const sharedData = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe("copy-link buttons where the Web Share API exists", () => {
  test("a heading's link opens the share sheet with the section's title and permanent link, and copies nothing", async () => {
    const { page, errors } = await pageWithShare("ok");
    await page.evaluate(() => navigator.clipboard.writeText("untouched"));
    const heading = page.locator("article h2").first();
    const id = await heading.getAttribute("id");
    const title = await heading.evaluate((h) => h.firstChild?.textContent?.trim());
    await heading.locator(".heading-link").click();
    await expect.poll(() => sharedData(page)).toEqual([{ title, url: `${PLACEHOLDER_SITE_URL}/2021/#${id}` }]);
    expect(await clipboard(page)).toBe("untouched");
    expect(await page.locator(".copy-feedback").count()).toBe(0);
    expect(page.url()).toBe(`${origin}/2021/#${id}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a paragraph's ¶ shares its own link under the title of the section it is in", async () => {
    const { page } = await pageWithShare("ok");
    const section = await page.evaluate(() => {
      const paragraph = document.getElementById("p-12");
      const headings = [...document.querySelectorAll("article h2, article h3, article h4")].filter(
        (h) => paragraph && h.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return headings.at(-1)?.firstChild?.textContent?.trim();
    });
    expect(section).toBeTruthy();
    await page.locator("#p-12 .para-link").click();
    await expect.poll(() => sharedData(page)).toEqual([{ title: section, url: `${PLACEHOLDER_SITE_URL}/2021/#p-12` }]);
    await page.context().close();
  });

  test("closing the sheet copies nothing; a sheet that cannot open falls back to copying", async () => {
    const closed = await pageWithShare("AbortError");
    await closed.page.evaluate(() => navigator.clipboard.writeText("untouched"));
    await closed.page.locator("#p-3 .para-link").click();
    await expect.poll(() => sharedData(closed.page).then((d) => d.length)).toBe(1);
    expect(await clipboard(closed.page)).toBe("untouched");
    await closed.page.context().close();

    const refused = await pageWithShare("NotAllowedError");
    await refused.page.locator("#p-3 .para-link").click();
    await expect.poll(() => clipboard(refused.page)).toBe(`${PLACEHOLDER_SITE_URL}/2021/#p-3`);
    expect(await refused.page.locator(".copy-feedback").textContent()).toBe("Link copied");
    await refused.page.context().close();
  });
});

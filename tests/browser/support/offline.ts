import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * What the offline tests do as a reader does: open a page until the edition's worker controls it,
 * press "Keep this edition offline" and wait for the edition to be kept. Shared by the browser tests
 * and the sub-path tests.
 */

/** "1 December 2026": the day as the page writes it. */
export const today = () =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date());

/** A fresh context: its own service workers and caches. `bypassCSP` lets axe be injected. */
export async function freshContext(
  browser: Browser,
  { width = 1280, bypassCSP = false } = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "allow", bypassCSP });
}

/** Opens `url` and waits until the edition's worker is active and controls the page. */
export async function openControlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** Presses Keep, reads the size it states, downloads, and waits for "Available offline since …". */
export async function keepEdition(page: Page): Promise<{ sizeStated: string }> {
  await page.getByRole("button", { name: "Keep this edition offline" }).click();
  const download = page.getByRole("button", { name: /^Download [\d.]+ (MB|KB)$/ });
  await download.waitFor();
  const sizeStated = ((await download.textContent()) ?? "").replace("Download ", "");
  await download.click();
  await page.getByText(`Available offline since ${today()}`).waitFor({ timeout: 60_000 });
  return { sizeStated };
}

/** The search page's results for a query, as the reader sees them (titles of the passages found). */
export async function searchResults(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator("#search-page-results li").count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page.locator("#search-page-results li a").allTextContents();
}

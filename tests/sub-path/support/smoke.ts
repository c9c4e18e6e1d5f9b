import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { openPage } from "../../browser/support/chromium.ts";

/**
 * The browser smoke test of a build served under a sub-path, shared by the static server's run and
 * nginx's: `url` is where the site is served (origin + base), `permanent` where it says it is
 * published (SITE_URL + BASE_PATH). Each check opens its own page and fails on any console error.
 */
export interface Served {
  url: string;
  permanent: string;
}

async function onPage(browser: Browser, address: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(address);
    await check(page);
    expect(errors, `console errors on ${address}`).toEqual([]);
  } finally {
    await page.context().close();
  }
}

export function popoverOpensAndCloses(browser: Browser, served: Served): Promise<void> {
  return onPage(browser, `${served.url}2021/`, async (page) => {
    const ref = page.locator("a[data-footnote-ref]").first();
    await ref.click();
    await page.locator(".note-popover:popover-open").waitFor();
    expect(await ref.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await page.locator(".note-popover:popover-open").count()).toBe(0);
    expect(await ref.getAttribute("aria-expanded")).toBe("false");
  });
}

export function headerSearchFindsAndHighlights(browser: Browser, served: Served): Promise<void> {
  return onPage(browser, `${served.url}2022/`, async (page) => {
    const base = new URL(served.url).pathname;
    await page.fill("#site-search-input", "bamboo");
    await page.locator("#site-search-listbox [role=option][href*='highlight=bamboo']").first().waitFor();
    const hrefs = await page.$$eval("#site-search-listbox [role=option]", (options) =>
      options.map((o) => (o as HTMLAnchorElement).href),
    );
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(new URL(href).pathname, href).toMatch(new RegExp(`^${base}`));
    // The index's entry for the words comes first; the first passage after it is followed.
    const at = hrefs.findIndex((href) => href.includes("highlight="));
    const first = hrefs[at] ?? "";
    for (let step = 0; step <= at; step++) await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(first), page.keyboard.press("Enter")]);
    await page.locator("mark.search-mark").first().waitFor();
    expect((await page.textContent("mark.search-mark"))?.toLowerCase()).toBe("bamboo");
  });
}

export function copyLinkCopiesThePermanentAddress(browser: Browser, served: Served): Promise<void> {
  return onPage(browser, `${served.url}2021/`, async (page) => {
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(served.url).origin });
    const id = await page.locator("article h2").first().getAttribute("id");
    await page.locator("article h2 .heading-link").first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${served.permanent}2021/#${id}`);
    expect(page.url()).toBe(`${served.url}2021/#${id}`);
  });
}

export function citeShowsTheBasedAddress(browser: Browser, served: Served): Promise<void> {
  return onPage(browser, `${served.url}2021/`, async (page) => {
    const id = await page.locator("article h2").first().getAttribute("id");
    await page.locator(`#${id} .cite-button`).click();
    const dialog = page.locator("dialog.cite-dialog");
    await dialog.waitFor();
    const texts = await dialog.locator(".cite-text").allTextContents();
    expect(texts.some((t) => t.includes(`${served.permanent}2021/#${id}`))).toBe(true);
    expect(texts.at(-1)).toBe(`${served.permanent}2021/#${id}`);
  });
}

/**
 * Console errors, failed requests and error statuses on each page, as `path: what`. Each path must
 * answer `status` (200; 404 for an unknown address, whose own "Failed to load resource" console
 * line is then expected, once).
 */
export async function problemsOnPages(
  browser: Browser,
  served: Served,
  paths: readonly string[],
  status = 200,
): Promise<string[]> {
  const problems: string[] = [];
  const { page, errors } = await openPage(browser);
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      errors.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => errors.push(`failed ${request.url()}`));
  for (const path of paths) {
    errors.length = 0;
    const response = await page.goto(`${served.url}${path}`, { waitUntil: "networkidle" });
    if (response?.status() !== status) problems.push(`${path}: status ${response?.status()}, not ${status}`);
    const own = status === 404 ? errors.findIndex((e) => /status of 404/.test(e)) : -1;
    problems.push(...errors.filter((_, i) => i !== own).map((e) => `${path}: ${e}`));
  }
  await page.context().close();
  return problems;
}

import { describe, expect, inject, test } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { axeViolations } from "./support/axe.ts";
import { SLOW_PHONE } from "./support/layout-shift.ts";
import { PLACEHOLDER_SITE_URL as SITE_URL } from "../../src/lib/site-address.ts";

const origin = inject("origin");
const SECTION = "viet-nams-diplomatic-highlights-in-2021";
const browser = chromiumPerFile();

async function openYear(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await opened.page.goto(`${origin}/2021/`);
  return opened;
}

/** The dialog's own code, styles and strings, fetched on a reader's first reach for a Cite button. */
const DIALOG_FILES = /\/(_astro\/(dialog\.[\w-]+\.js|cite-dialog\.[\w-]+\.css)|2021\/cite\.json)$/;
const dialogOpen = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLDialogElement>("dialog.cite-dialog")?.open ?? false);

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

test("every section and paragraph has a labelled Cite button, outside the searchable text", async () => {
  const { page, errors } = await openYear();
  const counts = await page.evaluate(() => ({
    headings: document.querySelectorAll("a.heading-link").length,
    paragraphs: document.querySelectorAll("a.para-link").length,
    sections: document.querySelectorAll("button.cite-section").length,
    paras: document.querySelectorAll("button.cite-paragraph").length,
    outsideIgnore: [...document.querySelectorAll("button.cite-button")].filter(
      (b) => !b.closest("[data-pagefind-ignore]"),
    ).length,
  }));
  expect(counts.sections).toBe(counts.headings);
  expect(counts.paras).toBe(counts.paragraphs);
  expect(counts.outsideIgnore).toBe(0);
  expect(await page.locator(`#${SECTION} .cite-button`).getAttribute("aria-label")).toBe(
    "Cite this section: Viet Nam’s diplomatic highlights in 2021",
  );
  expect(await page.locator("#p-12 .cite-button").getAttribute("aria-label")).toBe("Cite paragraph 12");
  expect(errors).toEqual([]);
  await page.context().close();
});

test("Cite on a section copies a Chicago note with the section as its locator, with visible and announced feedback", async () => {
  const { page } = await openYear();
  await page.locator(`#${SECTION} .cite-button`).click();
  const dialog = page.locator("dialog.cite-dialog");
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(":modal"))).toBe(true);
  expect(await dialog.locator("h2").textContent()).toBe("Cite this section");
  await page.getByRole("button", { name: "Copy Chicago, note", exact: true }).click();
  // Its name follows what it shows: "Copied Chicago, note" for a moment, then "Copy Chicago, note" again.
  const copied = page.getByRole("button", { name: "Copied Chicago, note", exact: true });
  await expect.poll(() => copied.count()).toBe(1);
  expect(await dialog.locator("[role=status]").textContent()).toBe("Chicago, note copied");
  const text = await clipboard(page);
  expect(text).toMatch(/^\[Bùi Thanh Sơn\], “Viet Nam’s Diplomatic Highlights in 2021: /);
  expect(text).toContain(`(February 2022): sec. Viet Nam’s diplomatic highlights in 2021, ${SITE_URL}/2021/.`);
  await page.context().close();
});

test("by keyboard: Tab reaches a paragraph's Cite, Enter opens the dialog, Enter copies, Escape closes and returns focus", async () => {
  const { page } = await openYear();
  await page.locator("#p-7 a.para-link").focus();
  await page.keyboard.press("Tab");
  expect(await focusedLabel(page)).toBe("Cite paragraph 7");
  await page.keyboard.press("Enter");
  expect(await page.locator("dialog.cite-dialog h2").textContent()).toBe("Cite paragraph 7");
  // Focus starts on the first Copy (Chicago's note); Tab moves on to the short note's.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("cite-copy-0");
  await page.keyboard.press("Enter");
  await expect
    .poll(() => clipboard(page))
    .toMatch(/\(February 2022\): para\. 7, https:\/\/diplomacy-reviews\.example\.org\/2021\/\.$/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect.poll(() => clipboard(page)).toMatch(/^\[Bùi\], “Viet Nam’s Diplomatic .*,” para\. 7\.$/);
  await page.keyboard.press("Escape");
  expect(await page.locator("dialog.cite-dialog").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  expect(await focusedLabel(page)).toBe("Cite paragraph 7");
  await page.context().close();
});

test("a paragraph's APA and MLA in-text citations carry its number; its permanent link, its anchor; the files are linked with their types", async () => {
  const { page } = await openYear();
  await page.locator("#p-12 .cite-button").click();
  const dialog = page.locator("dialog.cite-dialog");
  await expect.poll(() => dialogOpen(page)).toBe(true);
  const texts = await dialog.locator(".cite-text").allTextContents();
  expect(texts).toContain("([Bùi], 2022, para. 12)");
  expect(texts).toContain("([Bùi], par. 12)");
  await page.getByRole("button", { name: "Copy Permanent link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`${SITE_URL}/2021/#p-12`);
  const links = await dialog
    .locator("a[download]")
    .evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("type")]));
  expect(links).toEqual([
    ["/2021.ris", "application/x-research-info-systems"],
    ["/2021.bib", "application/x-bibtex"],
    ["/2021.csl.json", "application/vnd.citationstyles.csl+json"],
  ]);
  await page.context().close();
});

test("a click on the backdrop closes the dialog; the same dialog serves every Cite", async () => {
  const { page } = await openYear();
  await page.locator("#p-3 .cite-button").click();
  await expect.poll(() => dialogOpen(page)).toBe(true);
  await page.mouse.click(5, 450);
  expect(await page.locator("dialog.cite-dialog").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  await page.locator("#p-4 .cite-button").click();
  expect(await page.locator("dialog").count()).toBe(1);
  await page.context().close();
});

test("How to cite offers the whole review in every form", async () => {
  const { page } = await openYear();
  await page.getByRole("button", { name: "Copy a citation: Chicago, APA, MLA" }).click();
  expect(await page.locator("dialog.cite-dialog h2").textContent()).toBe("Cite this review");
  await page.getByRole("button", { name: "Copy APA, reference list" }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(/^\[Bùi, T\. S\.\] \(2022\)\. Viet Nam’s diplomatic highlights in 2021: /);
  expect(await clipboard(page)).toMatch(new RegExp(`Communist Review, \\(984\\)\\. ${SITE_URL}/2021/$`));
  await page.context().close();
});

describe("the dialog's code, styles and strings come when a reader reaches for a Cite button", () => {
  test("none of it is fetched with the page; a pointer over a Cite fetches it, and opens nothing", async () => {
    const opened = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    opened.page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await opened.page.goto(`${origin}/2021/`, { waitUntil: "networkidle" });
    expect(fetched.filter((path) => DIALOG_FILES.test(path))).toEqual([]);
    await opened.page.locator("#p-7 .cite-button").hover();
    await expect.poll(() => fetched.filter((path) => DIALOG_FILES.test(path)).length).toBe(3);
    expect(await dialogOpen(opened.page)).toBe(false);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });

  test("a Cite pressed before its code has arrived opens the dialog, once, when it does", async () => {
    // The service worker would fetch the dialog's files itself, past the page's route that holds them.
    const { page } = await openYear({ serviceWorkers: "block" });
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DIALOG_FILES, async (route) => {
      await held;
      await route.continue();
    });
    const cite = page.locator("#p-12 .cite-button");
    await cite.click();
    await cite.click();
    expect(await page.locator("dialog.cite-dialog").count()).toBe(0);
    release();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await page.locator("dialog.cite-dialog h2").textContent()).toBe("Cite paragraph 12");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cite-copy-0");
    // Styled from the moment it shows: its stylesheet came with the code.
    expect(await page.locator("dialog.cite-dialog").evaluate((d) => getComputedStyle(d).borderRadius)).toBe("8px");
    await page.context().close();
  });

  test("by keyboard on a slow phone connection: Tab to a Cite and Enter at once opens the styled dialog", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_PHONE });
    // The dialog's computed corners at the moment it opens: unstyled, it would show square.
    await page.addInitScript(() => {
      new MutationObserver((changes) => {
        for (const { target } of changes)
          if (target instanceof HTMLDialogElement && target.open)
            document.documentElement.dataset["citeOpenedWith"] = getComputedStyle(target).borderRadius;
      }).observe(document, { subtree: true, attributeFilter: ["open"] });
    });
    await page.goto(`${origin}/2021/`, { waitUntil: "load" });
    await page.locator("#p-7 a.para-link").focus();
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe("Cite paragraph 7");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialogOpen(page), { timeout: 10_000 }).toBe(true);
    expect(await page.locator("dialog.cite-dialog h2").textContent()).toBe("Cite paragraph 7");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cite-copy-0");
    expect(await page.evaluate(() => document.documentElement.dataset["citeOpenedWith"])).toBe("8px");
    await page.context().close();
  });

  test("when the code cannot be fetched, Cite shows the page's How to cite; the next press tries again", async () => {
    const { page } = await openYear({ serviceWorkers: "block" }); // the page's route, not the worker, fetches
    await page.route(DIALOG_FILES, (route) => route.abort());
    await page.locator("#p-3 .cite-button").click();
    await expect.poll(() => page.locator("article .how-to-cite").isVisible()).toBe(true);
    await expect
      .poll(() => page.locator("article .how-to-cite h2").evaluate((h) => h.getBoundingClientRect().top < innerHeight))
      .toBe(true);
    expect(await page.locator("dialog.cite-dialog").count()).toBe(0);
    await page.unroute(DIALOG_FILES);
    await page.locator("#p-3 .cite-button").click();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    await page.context().close();
  });
});

describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  test.each([1280, 360])("axe finds no violations with the dialog open at %i px", async (width) => {
    const { page } = await openYear({ colorScheme, bypassCSP: true, viewport: { width, height: 800 } });
    await page.locator(width > 1000 ? "#p-7 .cite-button" : `#${SECTION} .cite-button`).click();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

test("without JavaScript there is no Cite button, and How to cite gives the whole review in every form", async () => {
  const { page } = await openPage(browser(), { javaScriptEnabled: false });
  await page.goto(`${origin}/2021/`);
  expect(await page.locator(".cite-button").count()).toBe(0);
  const block = page.locator("article .how-to-cite");
  expect(await block.locator("dt").allTextContents()).toEqual([
    "Chicago, note",
    "Chicago, short note",
    "Chicago, bibliography",
    "APA, reference list",
    "APA, in the text",
    "MLA, works cited",
    "MLA, in the text",
  ]);
  expect(await block.locator("dd").first().textContent()).toBe(
    "[Bùi Thanh Sơn], “Viet Nam’s Diplomatic Highlights in 2021: Pioneering, Proactivity, Enthusiasm and Creativity for National Development and Defense,” Communist Review, no. 984 (February 2022), https://diplomacy-reviews.example.org/2021/.",
  );
  expect(await block.locator(".how-to-cite-note").textContent()).toContain("supplied by the editors");
  await page.context().close();
});

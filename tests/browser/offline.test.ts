import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { serveStatic } from "./support/static-server.ts";
import { axeViolations } from "./support/axe.ts";
import { freshContext, keepEdition, openControlled, searchResults, today } from "./support/offline.ts";
import type { EditionList } from "../../src/lib/offline/protocol.ts";
import { readableSize } from "../../src/lib/offline/readable-size.ts";

const browser = chromiumPerFile();
const dist = resolve("dist");
// A server of this file's own, so that its service workers and caches meet no other test's.
let origin = "";
let server: Server;
beforeAll(async () => {
  ({ server, origin } = await serveStatic(dist));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const edition = (): EditionList => {
  const name = readdirSync(resolve(dist, "offline")).find((n) => /^edition\.\w+\.json$/.test(n));
  return JSON.parse(readFileSync(resolve(dist, "offline", name ?? "missing"), "utf8")) as EditionList;
};
const heading = (page: Page) => page.locator("h1").first().textContent();

describe("without pressing Keep", () => {
  test("the worker fetches only the offline page and what it links, never the edition", async () => {
    const context = await freshContext(browser());
    const fetchedByWorker: string[] = [];
    context.on("request", (request) => {
      if (request.serviceWorker()) fetchedByWorker.push(new URL(request.url()).pathname);
    });
    const page = await openControlled(context, `${origin}/2021/`);
    await page.waitForLoadState("networkidle");
    const shell = ["/offline/", "/favicon.svg", "/theme-init.js", "/manifest.webmanifest"];
    for (const path of shell) expect(fetchedByWorker).toContain(path);
    const pages = fetchedByWorker.filter((path) => path.endsWith("/") && path !== "/offline/");
    expect(pages).toEqual([]);
    expect(fetchedByWorker.some((path) => path.startsWith("/pagefind/"))).toBe(false);
    await context.close();
  });

  test("offline, a page never opened shows the offline page; a page read shows its copy and says so", async () => {
    const context = await freshContext(browser());
    const page = await openControlled(context, `${origin}/2021/`);
    // Read once under the worker, so that its copy is kept.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await context.setOffline(true);
    await page.goto(`${origin}/2022/`);
    expect(await heading(page)).toBe("Offline, and this page is not on this device");
    expect(await page.title()).toContain("Offline");
    await page.goto(`${origin}/2021/`);
    expect(await heading(page)).toContain("2021");
    await page.getByText(`Offline — the copy kept on ${today()}.`).waitFor();
    await context.close();
  });
});

describe("after “Keep this edition offline” on /2021/", () => {
  let page: Page;
  beforeAll(async () => {
    const context = await freshContext(browser(), { bypassCSP: true });
    page = await openControlled(context, `${origin}/2021/`);
    const { sizeStated } = await keepEdition(page);
    const list = edition();
    expect(sizeStated).toBe(readableSize(list.files.reduce((sum, file) => sum + file.size, 0)));
    await context.setOffline(true);
  }, 120_000);
  afterAll(() => page.context().close());

  test("with the network cut, the home page, both years and the search page open", async () => {
    for (const [path, title] of [
      ["/", "Viet Nam’s Diplomacy"],
      ["/2021/", "2021"],
      ["/2022/", "2022"],
    ] as const) {
      await page.goto(`${origin}${path}`);
      expect(await heading(page)).toContain(title);
      await page.getByText(`Offline — the copy kept on ${today()}.`).waitFor();
    }
  });

  test("search finds “bamboo” offline, in both years", async () => {
    await page.goto(`${origin}/search/?q=bamboo`);
    const results = await searchResults(page);
    expect(results.some((title) => title.includes("2021"))).toBe(true);
    expect(results.some((title) => title.includes("2022"))).toBe(true);
  });

  test("notes, contents and Cite work offline", async () => {
    await page.goto(`${origin}/2021/`);
    await page.locator("a[data-footnote-ref]").first().click();
    await expect.poll(() => page.locator(".note-popover:popover-open").count()).toBe(1);
    await page.keyboard.press("Escape");
    const second = await page.locator(".toc-aside a[href^='#']").nth(1).getAttribute("href");
    await page.locator(".toc-aside a[href^='#']").nth(1).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(second);
    await page.locator("#p-12 .cite-button").click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>("dialog.cite-dialog")?.open))
      .toBe(true);
  });

  test("the footer says since when, offers removal, and passes axe in light and dark", async () => {
    await page.goto(`${origin}/2022/`);
    await page.getByText(`Available offline since ${today()}`).waitFor();
    const remove = page.getByRole("button", { name: "Remove the offline copy" });
    expect(await remove.isVisible()).toBe(true);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test("removing the offline copy leaves only what was read", async () => {
  const context = await freshContext(browser());
  const page = await openControlled(context, `${origin}/2021/`);
  await keepEdition(page);
  await page.getByRole("button", { name: "Remove the offline copy" }).click();
  await page.getByText("The offline copy was removed from this device.").waitFor();
  expect(await page.getByRole("button", { name: "Keep this edition offline" }).isVisible()).toBe(true);
  await context.setOffline(true);
  await page.goto(`${origin}/2022/`);
  expect(await heading(page)).toBe("Offline, and this page is not on this device");
  await context.close();
}, 120_000);

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chromiumPerFile } from "./support/chromium-per-file.ts";
import { serveStatic } from "./support/static-server.ts";
import { buildSiteIn } from "../support/build-in-folder.ts";
import { freshContext, keepEdition, openControlled, searchResults } from "./support/offline.ts";

/**
 * A correction is published while a reader has the edition kept: the site is rebuilt with a changed
 * review, and the same address serves the new build (a link the server reads through is re-pointed).
 */
const ADDED = "A sentence the offline update test adds to the review of 2022: quokkaverse.";
const browser = chromiumPerFile();
let work = "";
let served = "";
let newBuild = "";
let server: Server;
let origin = "";

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "offline-update-"));
  const reviews = join(work, "reviews");
  cpSync("content/reviews", reviews, { recursive: true });
  const review = join(reviews, "2022.md");
  writeFileSync(review, readFileSync(review, "utf8").replace("\n[^1]:", `\n${ADDED}\n\n[^1]:`));
  const build = buildSiteIn(work, { REVIEWS_DIR: reviews });
  if (build.status !== 0) throw new Error(`The changed build failed:\n${build.output.slice(-3000)}`);
  newBuild = build.dist;
  served = join(work, "served");
  symlinkSync(resolve("dist"), served, "dir");
  ({ server, origin } = await serveStatic(served));
}, 300_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

const publishNewBuild = () => {
  unlinkSync(served);
  symlinkSync(newBuild, served, "dir");
};
const editionCaches = (page: import("playwright-core").Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("edition-")));

test("a kept edition is offered the new build, replaced whole, and used offline: new text, new index", async () => {
  const context = await freshContext(browser());
  const page = await openControlled(context, `${origin}/2022/`);
  await keepEdition(page);
  const [oldEdition] = await editionCaches(page);
  expect(await page.getByText("quokkaverse").count()).toBe(0);

  publishNewBuild();
  await page.reload();
  // The new worker fetches the whole new edition before it offers itself.
  await page.getByText("A newer version of this edition is available.").waitFor({ timeout: 90_000 });
  expect((await editionCaches(page)).sort()).toHaveLength(2);
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload" }).click()]);
  // The new worker deletes the old build's caches as it activates, while the page reloads.
  await expect.poll(() => editionCaches(page), { timeout: 30_000 }).toHaveLength(1);
  expect((await editionCaches(page))[0]).not.toBe(oldEdition);

  await context.setOffline(true);
  await page.goto(`${origin}/2022/`);
  await page.getByText(ADDED).waitFor();
  await page.goto(`${origin}/search/?q=quokkaverse`);
  const results = await searchResults(page);
  expect(results.some((title) => title.includes("2022"))).toBe(true);
  await context.close();
}, 180_000);

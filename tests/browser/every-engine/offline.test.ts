import type { Server } from "node:http";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { serveStatic } from "../support/static-server.ts";
import { launchChromiumEngine } from "../support/engines/chromium-reader.ts";
import { launchFirefoxEngine } from "../support/engines/firefox-reader.ts";
import { launchWebkitEngine } from "../support/engines/webkit-reader.ts";
import { ENGINE_NAMES, type Engine, type EngineName } from "../support/engines/reader.ts";
import { clickOn } from "../support/engines/reader-actions.ts";

/**
 * Keep, then the network gone, in each engine. None of the drivers can cut a tab's network, so the
 * server itself stops: every request then fails as it would on a train. Each engine gets a server of
 * its own (its worker and caches meet no other test's).
 */
const DESKTOP = { width: 1280, height: 900 };

function launch(name: EngineName, origin: string): Promise<Engine> {
  if (name === "chromium") return launchChromiumEngine(origin);
  if (name === "firefox") return launchFirefoxEngine(origin, inject("display"));
  return launchWebkitEngine(origin, inject("display"));
}

describe.each(ENGINE_NAMES)("the edition kept offline in %s", (name) => {
  let server: Server;
  let engine: Engine;
  beforeAll(async () => {
    const served = await serveStatic(resolve("dist"), 0, "/", { forReaders: true });
    server = served.server;
    engine = await launch(name, served.origin);
    console.info(`${name}: ${engine.version}`);
  }, 60_000);
  afterAll(async () => {
    await engine?.quit();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  test("Keep downloads the edition; with the server gone, both years and the search open", async () => {
    const reader = await engine.open(DESKTOP);
    const press = async (selector: string) => {
      await reader.run((s) => document.querySelector(s)?.scrollIntoView({ block: "center" }) ?? null, selector);
      await clickOn(reader, selector);
    };
    const text = (selector: string) => reader.run((s) => document.querySelector(s)?.textContent ?? "", selector);
    try {
      await reader.goto("/2021/");
      const controlled = () =>
        reader.run(
          () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
        );
      await expect.poll(controlled, { timeout: 20_000 }).toBe(true);
      await press(".offline-open");
      await expect.poll(() => text(".offline-actions"), { timeout: 10_000 }).toMatch(/^Download [\d.]+ (KB|MB)/);
      await press(".offline-actions button");
      await expect.poll(() => text(".offline-state"), { timeout: 60_000 }).toMatch(/^Available offline since /);
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await reader.goto("/2022/");
      expect(await text("h1")).toContain("2022");
      await expect.poll(() => text(".offline-notice"), { timeout: 10_000 }).toMatch(/^Offline — the copy kept on /);
      await reader.goto("/search/?q=bamboo");
      await expect
        .poll(() => reader.run(() => document.querySelectorAll("#search-page-results li").length), { timeout: 15_000 })
        .toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  }, 120_000);
});

import type { Page } from "playwright-core";
import { launchChromium, openPage } from "../chromium.ts";
import { readRecordedErrors, scriptCall } from "./page-script.ts";
import type { Engine, Key, Reader } from "./reader.ts";

const PLAYWRIGHT_KEYS: Record<Key, string> = {
  Enter: "Enter",
  Escape: "Escape",
  Tab: "Tab",
  " ": "Space",
  ArrowDown: "ArrowDown",
  "/": "/",
};

/** Chromium through Playwright, as the Chromium-only tests drive it. */
export async function launchChromiumEngine(origin: string): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    async open(size) {
      const { page, errors } = await openPage(browser, { viewport: size });
      return playwrightReader(page, origin, errors);
    },
    quit: () => browser.close(),
  };
}

function playwrightReader(page: Page, origin: string, consoleErrors: string[]): Reader {
  const reader: Reader = {
    engine: "chromium",
    async goto(path) {
      await page.goto(`${origin}${path}`);
    },
    run: (fn, ...args) => page.evaluate(scriptCall(fn, args)),
    moveTo: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(PLAYWRIGHT_KEYS[key]),
    type: (text) => page.keyboard.type(text),
    errors: async () => [...consoleErrors, ...(await readRecordedErrors(reader))],
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.context().close(),
  };
  return reader;
}

import { existsSync } from "node:fs";
import puppeteer, { type KeyInput, type Page } from "puppeteer-core";
import { readRecordedErrors, scriptCall } from "./page-script.ts";
import type { Engine, Key, Reader } from "./reader.ts";

const CANDIDATES = [process.env["FIREFOX_PATH"], "/usr/bin/firefox-esr", "/usr/bin/firefox"];
const PUPPETEER_KEYS: Record<Key, KeyInput> = {
  Enter: "Enter",
  Escape: "Escape",
  Tab: "Tab",
  " ": " ", // BiDi knows the key by its value, not "Space"
  ArrowDown: "ArrowDown",
  "/": "/",
};

/** Debian's Firefox ESR: browsers are never downloaded here. */
export function firefoxPath(): string {
  const found = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) {
    throw new Error(
      "No Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox). Install Debian's: " +
        "`apt-get install -y firefox-esr` (as root; .ci/run does this), or set FIREFOX_PATH.",
    );
  }
  return found;
}

/**
 * Firefox through Puppeteer over WebDriver BiDi, with a window on the tests' X display: headless
 * Firefox reports `pointer: none`, and the popovers open on hover only for a fine pointer.
 */
export async function launchFirefoxEngine(origin: string, display: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: false,
    env: { ...process.env, DISPLAY: display },
  });
  return {
    name: "firefox",
    version: await browser.version(),
    async open(size) {
      const page = await browser.newPage();
      await page.setViewport(size);
      return puppeteerReader(page, origin);
    },
    quit: () => browser.close(),
  };
}

function puppeteerReader(page: Page, origin: string): Reader {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  const reader: Reader = {
    engine: "firefox",
    async goto(path) {
      await page.goto(`${origin}${path}`);
    },
    run: (fn, ...args) => page.evaluate(scriptCall(fn, args)) as never,
    moveTo: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(PUPPETEER_KEYS[key]),
    type: (text) => page.keyboard.type(text),
    errors: async () => [...consoleErrors, ...(await readRecordedErrors(reader))],
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  };
  return reader;
}

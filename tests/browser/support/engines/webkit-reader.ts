import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { Builder, Key as SeleniumKey, Origin, type WebDriver } from "selenium-webdriver";
import { READER_PREFIX } from "./reader-page.ts";
import { readRecordedErrors, scriptCall } from "./page-script.ts";
import type { Engine, Key, Reader, ViewportSize } from "./reader.ts";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = [
  process.env["MINIBROWSER_PATH"],
  "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
];
/** MiniBrowser's window will not go narrower; a phone is shown in a frame of its size instead. */
const NARROWEST_WINDOW = 460;
const SELENIUM_KEYS: Record<Key, string> = {
  Enter: SeleniumKey.ENTER,
  Escape: SeleniumKey.ESCAPE,
  Tab: SeleniumKey.TAB,
  " ": " ",
  ArrowDown: SeleniumKey.ARROW_DOWN,
  "/": "/",
};

/** WebKitWebDriver and MiniBrowser, from Debian's webkit2gtk-driver and libwebkit2gtk-4.1-0. */
export function webkitPaths(): { driver: string; browser: string } {
  const browser = MINIBROWSER.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!existsSync(DRIVER) || !browser) {
    throw new Error(
      `No WebKitGTK found (looked for ${DRIVER} and MiniBrowser in ${MINIBROWSER.slice(1).join(", ")}). ` +
        "Install Debian's: `apt-get install -y webkit2gtk-driver` (as root; .ci/run does this), or set MINIBROWSER_PATH.",
    );
  }
  return { driver: DRIVER, browser };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function startDriver(display: string): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(webkitPaths().driver, [`--port=${port}`], {
    stdio: "ignore",
    env: { ...process.env, DISPLAY: display },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    const up = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { process: child, url };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not answer on ${url}`);
}

/**
 * MiniBrowser under the tests' X display (it has no headless mode), one window reused tab after tab.
 * Its driver cannot read the console: errors come from the page's recorder only.
 */
export async function launchWebkitEngine(origin: string, display: string): Promise<Engine> {
  const driverProcess = await startDriver(display);
  const driver = await new Builder()
    .usingServer(driverProcess.url)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: webkitPaths().browser, args: ["--automation"] },
    })
    .build();
  const capabilities = await driver.getCapabilities();
  return {
    name: "webkit",
    version: `WebKitGTK ${String(capabilities.get("browserVersion"))}`,
    async open(size) {
      await sizeViewport(driver, { width: Math.max(size.width, NARROWEST_WINDOW), height: size.height });
      return seleniumReader(driver, origin, size.width < NARROWEST_WINDOW ? size : undefined);
    },
    async quit() {
      await driver.quit();
      driverProcess.process.kill();
    },
  };
}

/**
 * Sizes the window so the page itself gets `size` (the window adds its toolbar). GTK resizes a window
 * asynchronously: right after setRect the page may still report the old size (under load, the
 * previous test's 1280 px after a request for 460), and a correction computed from that stale width
 * was negative ("Invalid width value"). So each step waits for the window to take the size asked for
 * and the page's size to settle, and the toolbar is measured from those settled sizes.
 */
async function sizeViewport(driver: WebDriver, size: ViewportSize): Promise<void> {
  await driver.get("about:blank");
  const window = driver.manage().window();
  let request = { width: size.width, height: size.height };
  let inner = { width: 0, height: 0 };
  for (let attempt = 0; attempt < 6; attempt++) {
    await window.setRect({ x: 0, y: 0, ...request });
    const outer = await settled(() => window.getRect().then((r) => ({ width: r.width, height: r.height })));
    inner = await settled(async () => {
      const [width, height] = (await driver.executeScript("return [innerWidth, innerHeight]")) as [number, number];
      return { width, height };
    });
    if (inner.width === size.width && inner.height === size.height) return;
    const toolbar = { width: outer.width - inner.width, height: outer.height - inner.height };
    // A page larger than its window is a read from before the resize: ask again for the same size.
    if (toolbar.width >= 0 && toolbar.height >= 0) {
      request = { width: size.width + toolbar.width, height: size.height + toolbar.height };
    }
  }
  throw new Error(`WebKit's page stayed ${inner.width}×${inner.height}, not ${size.width}×${size.height}`);
}

/** Reads a size until two reads 100 ms apart agree (at most 5 s): what the window has settled to. */
async function settled(
  read: () => Promise<{ width: number; height: number }>,
): Promise<{ width: number; height: number }> {
  let last = await read();
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((done) => setTimeout(done, 100));
    const now = await read();
    if (now.width === last.width && now.height === last.height) return now;
    last = now;
  }
  return last;
}

/** `frame`: the phone size the page is shown at, inside a frame at the window's top left corner. */
function seleniumReader(driver: WebDriver, origin: string, frame: ViewportSize | undefined): Reader {
  const actions = () => driver.actions({ async: true });
  const reader: Reader = {
    engine: "webkit",
    async goto(path) {
      if (frame) {
        await driver.switchTo().defaultContent();
        const query = new URLSearchParams({ width: String(frame.width), height: String(frame.height), src: path });
        await driver.get(`${origin}${READER_PREFIX}frame.html?${query}`);
        await driver.switchTo().frame(0);
      } else {
        await driver.get(`${origin}${path}`);
      }
      // WebKitWebDriver returns at "interactive", before the page's module scripts have run. 30 s, as
      // Playwright and Puppeteer allow a navigation: on a loaded machine a page can take over 10.
      await driver.wait(() => reader.run(() => document.readyState === "complete"), 30_000);
    },
    async run(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => ${scriptCall(fn, args)}).then((value) => done({ value }), (e) => done({ error: String(e) }));`;
      const outcome = (await driver.executeAsyncScript(script)) as { value?: never; error?: string };
      if (outcome.error !== undefined) throw new Error(`in the page: ${outcome.error}`);
      return outcome.value as never;
    },
    moveTo: (x, y) =>
      actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT, duration: 50 })
        .perform(),
    clickAt: (x, y) =>
      actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .press()
        .release()
        .perform(),
    press: (key) => actions().sendKeys(SELENIUM_KEYS[key]).perform(),
    type: (text) => actions().sendKeys(text).perform(),
    errors: () => readRecordedErrors(reader),
    screenshot: async (file) => writeFile(file, await driver.takeScreenshot(), "base64"),
    async close() {
      await reader.run(() => sessionStorage.clear()).catch(() => undefined);
      await driver.switchTo().defaultContent();
      await driver.get("about:blank");
    },
  };
  return reader;
}

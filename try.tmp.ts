import { chromium } from "playwright-core";
import { serveStatic } from "./tests/browser/support/static-server.ts";
const { server, origin } = await serveStatic("dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const [width, scheme] of [[360, "dark"], [1280, "light"]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 700 }, colorScheme: scheme });
  await page.goto(`${origin}/2021/`);
  const abbr = page.locator("abbr.abbr").nth(1);
  await abbr.scrollIntoViewIfNeeded();
  await abbr.focus();
  await page.evaluate(() => window.scrollBy(0, -200));
  await page.screenshot({ path: `/tmp/shots19/abbr-${width}-${scheme}.png` });
  await page.close();
}
await browser.close(); server.close();

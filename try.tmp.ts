import { chromium } from "playwright-core";
import { serveStatic } from "./tests/browser/support/static-server.ts";
const { server, origin } = await serveStatic("dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const q of ["Hà Nội", "Bui Thanh Son", "quantum bamboo", "Phạm Minh Chính", "bamboo", "UN Human Rights Council"]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => !/Type words/.test(document.querySelector("#search-page-status")?.textContent ?? "Type words"), null, { timeout: 15000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({
    status: document.querySelector("#search-page-status")?.textContent,
    entry: document.querySelector("#search-page-entry")?.textContent,
    closest: !(document.querySelector("#search-page-closest") as HTMLElement)?.hidden,
    n: document.querySelectorAll("#search-page-results li").length,
    marks: [...document.querySelectorAll("#search-page-results mark")].map((m) => m.textContent).slice(0, 8),
  }));
  console.log(q, JSON.stringify(r));
  if (q === "quantum bamboo") await page.screenshot({ path: "/tmp/shots19/search-quantum.png" });
  await page.close();
}
await browser.close(); server.close();

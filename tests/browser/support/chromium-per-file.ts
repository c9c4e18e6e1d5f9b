import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";

/**
 * One Chromium for the test file that calls this: launched before its tests, closed after them. Kept
 * apart from chromium.ts, which the benchmark imports outside Vitest.
 */
export function chromiumPerFile(): { readonly browser: Browser } {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser(): Browser {
      if (launched === undefined) throw new Error("Chromium is launched in beforeAll: use it inside a test or hook");
      return launched;
    },
  };
}

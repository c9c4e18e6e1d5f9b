import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";

/**
 * One Chromium for the test file that calls this: launched before its tests, closed after them (the
 * shape of every-engine's useEngine). Kept apart from chromium.ts, which the bench imports outside Vitest.
 */
export function chromiumPerFile(): () => Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (launched === undefined) throw new Error("Chromium is launched in beforeAll: use it inside a test or hook");
    return launched;
  };
}

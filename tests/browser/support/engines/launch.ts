import { inject } from "vitest";
import { launchChromiumEngine } from "./chromium-reader.ts";
import { launchFirefoxEngine } from "./firefox-reader.ts";
import { launchWebkitEngine } from "./webkit-reader.ts";
import type { Engine, EngineName } from "./reader.ts";

/** Starts an engine on the test server that records page errors (global-setup.ts). */
export function launchEngine(name: EngineName): Promise<Engine> {
  const origin = inject("readerOrigin");
  const display = inject("display");
  if (name === "chromium") return launchChromiumEngine(origin);
  if (name === "firefox") return launchFirefoxEngine(origin, display);
  return launchWebkitEngine(origin, display);
}

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server.ts";
import { chromiumPath } from "./chromium.ts";

/**
 * Browser tests read the built site in `dist/` (`npm test` builds it first). One static server
 * serves it to every test file; its origin reaches the tests as `inject("origin")`.
 */
export default async function setup(project: TestProject) {
  const dist = resolve("dist");
  if (!existsSync(resolve(dist, "index.html"))) {
    throw new Error("dist/ has no built site: run `npm run build` first (`npm test` does).");
  }
  chromiumPath();
  const { server, origin } = await serveStatic(dist);
  project.provide("origin", origin);
  return async () => {
    await new Promise((done) => server.close(done));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}

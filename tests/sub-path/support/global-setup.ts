import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "../../browser/support/chromium.ts";
import { serveStatic } from "../../browser/support/static-server.ts";
import { buildUnderSubPath, SUB_PATH, SUB_PATH_SITE_URL } from "./build.ts";

/**
 * The sub-path tests share one build under BASE_PATH=/sub-path-test/ (made once here, not per test)
 * and one static server that serves it mounted there and nowhere else.
 */
export default async function setup(project: TestProject) {
  chromiumPath();
  const work = mkdtempSync(join(tmpdir(), "sub-path-build-"));
  // Readable by nginx's workers too, which run as an unprivileged user when the tests run as root.
  chmodSync(work, 0o755);
  const dist = buildUnderSubPath(work);
  const { server, origin } = await serveStatic(dist, 0, SUB_PATH);
  project.provide("subPath", { dist, origin, base: SUB_PATH, site: SUB_PATH_SITE_URL });
  return async () => {
    await new Promise((done) => server.close(done));
    rmSync(work, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The sub-path build: its folder, the static server's origin, its base and its SITE_URL. */
    subPath: { dist: string; origin: string; base: string; site: string };
  }
}

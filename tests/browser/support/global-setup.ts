import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server.ts";
import { chromiumPath } from "./chromium.ts";
import { firefoxPath } from "./engines/firefox-reader.ts";
import { webkitPaths } from "./engines/webkit-reader.ts";
import { startXvfb } from "./x-display.ts";

/**
 * Browser tests read the built site in `dist/` (`npm test` builds it first). One static server
 * serves it to every test file; its origin reaches the tests as `inject("origin")`. The tests that
 * run in every engine get a second one whose pages record their errors (`readerOrigin`), and an X
 * display for Firefox and WebKit (`display`).
 */
export default async function setup(project: TestProject) {
  const dist = resolve("dist");
  if (!existsSync(resolve(dist, "index.html"))) {
    throw new Error("dist/ has no built site: run `npm run build` first (`npm test` does).");
  }
  chromiumPath();
  const site = await serveStatic(dist);
  project.provide("origin", site.origin);
  const closers = [() => new Promise((done) => site.server.close(done))];
  if (project.name === "browser") {
    firefoxPath();
    webkitPaths();
    const readers = await serveStatic(dist, 0, "/", { forReaders: true });
    const xvfb = await startXvfb();
    project.provide("readerOrigin", readers.origin);
    project.provide("display", xvfb.display);
    closers.push(
      () => new Promise((done) => readers.server.close(done)),
      async () => xvfb.stop(),
    );
  }
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    readerOrigin: string;
    display: string;
  }
}

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { builtPages, DIST } from "./built-pages.ts";

const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test("every built page passes the Nu HTML Checker with no errors", () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(3);
  const run = spawnSync(
    "java",
    ["-jar", vnuJar, "--format", "json", "--exit-zero-always", ...pages.map((p) => `${DIST}/${p}`)],
    {
      encoding: "utf8",
    },
  );
  if (run.error) throw new Error(`vnu could not run (needs Java on PATH): ${run.error.message}`);
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${m.url.replace(/^.*\/dist\//, "dist/")}:${m.lastLine ?? "?"}: ${m.message}`);
  expect(errors).toEqual([]);
}, 120_000);

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, expect, test } from "vitest";
import { DIST } from "./built-pages.ts";

const second = mkdtempSync(join(tmpdir(), "reviews-rebuild-"));
afterAll(() => rmSync(second, { recursive: true, force: true }));

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

test("two builds from the same commit produce byte-identical sites, exports included, in any time zone", () => {
  // The second build runs in another time zone: zip dates (EPUB) are local times.
  execFileSync("astro", ["build", "--silent"], {
    env: { ...process.env, SITE_OUT_DIR: second, ASTRO_TELEMETRY_DISABLED: "1", TZ: "Pacific/Honolulu" },
    stdio: "ignore",
  });
  const first = files(DIST);
  expect(first).toEqual(expect.arrayContaining(["2021.epub", "2022.epub", "edition.epub", "2021.xml", "2022.xml"]));
  expect(files(second)).toEqual(first);
  const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
  expect(differing).toEqual([]);
}, 180_000);

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingPlatformPackages, type LockFile } from "../../support/lock-platforms.ts";

const lock = JSON.parse(readFileSync(new URL("../../../package-lock.json", import.meta.url), "utf8")) as LockFile;

/** A copy of the lock without the entries whose path ends with `name`. */
function without(name: string): LockFile {
  const packages = Object.fromEntries(
    Object.entries(lock.packages).filter(([path]) => !path.endsWith(`node_modules/${name}`)),
  );
  return { packages };
}

describe("package-lock.json installs on every machine the edition is built on", () => {
  it("holds every optional platform binary its packages name, for macOS, Windows and Linux", () => {
    expect(missingPlatformPackages(lock)).toEqual([]);
  });

  it.each([
    ["@astrojs/compiler-binding-darwin-arm64", "@astrojs/compiler-binding"],
    ["@tailwindcss/oxide-win32-x64-msvc", "@tailwindcss/oxide"],
    ["@pagefind/darwin-x64", "pagefind"],
    ["@rolldown/binding-linux-arm64-gnu", "rolldown"],
    ["@esbuild/win32-x64", "esbuild"],
    ["@img/sharp-darwin-arm64", "sharp"],
    ["@img/sharp-libvips-linux-x64", "@img/sharp-linux-x64"],
    ["@resvg/resvg-js-linux-x64-gnu", "@resvg/resvg-js"],
  ])("fails, naming it, when %s is deleted from the lock", (name, owner) => {
    expect(missingPlatformPackages(without(name))).toContain(
      `${owner} names the optional ${name}, which the lock does not hold`,
    );
  });

  it("fails when a native package names no binary for one of the five machines", () => {
    const noWindows: LockFile = {
      packages: {
        "node_modules/b": { optionalDependencies: { "b-darwin": "1", "b-linux": "1", "b-freebsd": "1" } },
        "node_modules/b-darwin": { os: ["darwin"], cpu: ["arm64", "x64"] },
        "node_modules/b-linux": { os: ["linux"], cpu: ["x64", "arm64"], libc: ["glibc"] },
        "node_modules/b-freebsd": { os: ["freebsd"], cpu: ["x64"] },
      },
    };
    expect(missingPlatformPackages(noWindows)).toEqual(["b has no binary for win32-x64 in the lock"]);
  });

  it("names a native package's own tree: a nested binary resolves from its owner's folder", () => {
    const nested: LockFile = {
      packages: {
        "node_modules/a": { optionalDependencies: { "a-darwin": "1", "a-win": "1", "a-linux": "1" } },
        "node_modules/a/node_modules/a-darwin": { os: ["darwin"], cpu: ["arm64", "x64"] },
        "node_modules/a-win": { os: ["win32"], cpu: ["x64"] },
        "node_modules/a-linux": { os: ["linux"], cpu: ["x64", "arm64"], libc: ["glibc"] },
      },
    };
    expect(missingPlatformPackages(nested)).toEqual([]);
    delete nested.packages["node_modules/a/node_modules/a-darwin"];
    expect(missingPlatformPackages(nested)).toContain("a names the optional a-darwin, which the lock does not hold");
  });
});

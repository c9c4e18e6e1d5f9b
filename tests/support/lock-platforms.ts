/**
 * What a package-lock.json lacks for installs on other machines. npm writes into the lock only the
 * optional platform binaries it could resolve; a lock made where some were missing installs here but
 * ends elsewhere in "Cannot find module …/binding", and `npm ci` refuses it as out of sync.
 */

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

export interface LockFile {
  packages: Record<string, LockEntry>;
}

/** The machines the edition is built on: macOS arm64 and x64, Windows x64, Linux x64 and arm64 (glibc). */
export const TARGETS = [
  { os: "darwin", cpu: "arm64" },
  { os: "darwin", cpu: "x64" },
  { os: "win32", cpu: "x64" },
  { os: "linux", cpu: "x64", libc: "glibc" },
  { os: "linux", cpu: "arm64", libc: "glibc" },
] as const;

type Target = (typeof TARGETS)[number];

/** The lock entry a package at `from` finds for `name`, walking up node_modules as Node does. */
function resolve(lock: LockFile, from: string, name: string): LockEntry | undefined {
  let folder = from;
  for (;;) {
    const entry = lock.packages[`${folder ? `${folder}/` : ""}node_modules/${name}`];
    if (entry) return entry;
    if (!folder) return undefined;
    const at = folder.lastIndexOf("/node_modules/");
    folder = at === -1 ? "" : folder.slice(0, at);
  }
}

function runsOn(entry: LockEntry, target: Target): boolean {
  const fits = (list: string[] | undefined, value: string | undefined) =>
    !list ||
    value === undefined ||
    list.includes(value) ||
    (list.every((v) => v.startsWith("!")) && !list.includes(`!${value}`));
  return (
    fits(entry.os, target.os) &&
    fits(entry.cpu, target.cpu) &&
    fits(entry.libc, "libc" in target ? target.libc : undefined)
  );
}

/** One line per problem: an optional dependency the lock does not hold, or a target a native package cannot run on. */
export function missingPlatformPackages(lock: LockFile): string[] {
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    const owner = path.replace(/^.*node_modules\//, "") || "the project";
    for (const name of optional) {
      if (!resolve(lock, path, name))
        problems.push(`${owner} names the optional ${name}, which the lock does not hold`);
    }
    // A native package: its optional dependencies are binaries for several operating systems.
    const binaries = optional.flatMap((name) => {
      const found = resolve(lock, path, name);
      return found?.os ? [found] : [];
    });
    if (new Set(binaries.flatMap((b) => b.os ?? [])).size < 3) continue;
    for (const target of TARGETS) {
      if (!binaries.some((b) => runsOn(b, target))) {
        const libc = "libc" in target ? ` (${target.libc})` : "";
        problems.push(`${owner} has no binary for ${target.os}-${target.cpu}${libc} in the lock`);
      }
    }
  }
  return problems;
}

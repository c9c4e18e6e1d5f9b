import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The code of a file: an .astro file's frontmatter and scripts, a .ts file whole. */
function codeOf(path: string): string {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".astro")) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

/** Every file each file imports (static, dynamic and type-only), as TypeScript's own pre-processor reads them. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(codeOf(file), true, true);
      const targets = importedFiles
        .map((ref) => ref.fileName.replace(/\?.*$/, ""))
        .filter((name) => name.startsWith("."))
        .map((name) => resolve(dirname(file), name))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** The import cycles of a graph: its strongly connected components of more than one file (Tarjan). */
function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = (graph.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** Every file reached from `entries` along the graph's imports. */
function reachable(graph: Map<string, string[]>, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file) ?? []));
  }
  return seen;
}

describe("src/lib/ holds only what the site is built from", () => {
  it("every module in src/lib/ is imported by the build (config, pages, components, integrations, scripts) or the importer's command", () => {
    const files = [
      ...filesUnder(join(root, "src")),
      ...filesUnder(join(root, "scripts")),
      join(root, "astro.config.mjs"),
    ];
    const graph = importGraph(files);
    const library = join(root, "src/lib/");
    // deploy/nginx.conf is written from src/lib/deploy/ (a test keeps it equal): serving the build is part of it.
    const deploy = join(root, "src/lib/deploy/");
    const entries = files.filter(
      (file) => (!file.startsWith(library) || file.startsWith(deploy)) && !file.endsWith("bench.ts"),
    );
    const used = reachable(graph, entries);
    const unused = files.filter((file) => file.startsWith(library) && !used.has(file));
    expect(unused.map((file) => relative(root, file))).toEqual([]);
  });

  it("src/lib/ imports nothing from the pages, components or browser scripts built on it", () => {
    const graph = importGraph(filesUnder(join(root, "src")));
    const library = join(root, "src/lib/");
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith(library)
        ? targets.filter((t) => !t.startsWith(library)).map((t) => `${relative(root, file)} → ${relative(root, t)}`)
        : [],
    );
    expect(upward).toEqual([]);
  });
});

describe("the site's code imports without cycles", () => {
  it("no file in src/ imports, through any chain, one that imports it back", () => {
    const cycles = importCycles(importGraph(filesUnder(join(root, "src"))));
    expect(cycles.map((cycle) => cycle.map((file) => relative(root, file)))).toEqual([]);
  });

  it("finds a cycle through a type-only import and a dynamic import, as buttons.ts and dialog.ts had", () => {
    const a = join(root, "src/a.ts");
    const b = join(root, "src/b.ts");
    const c = join(root, "src/c.ts");
    const graph = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ]);
    expect(importCycles(graph)).toEqual([[a, b, c]]);
    graph.set(c, []);
    expect(importCycles(graph)).toEqual([]);
    const read = ts.preProcessFile('import type { T } from "./t.ts";\nconst m = () => import("./m.ts");', true, true);
    expect(read.importedFiles.map((f) => f.fileName)).toEqual(["./t.ts", "./m.ts"]);
  });
});

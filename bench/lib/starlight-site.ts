import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { parse } from "yaml";
import { splitFrontmatter } from "../../src/lib/importer/read-review-markdown.ts";
import type { StarlightResult } from "./bench-result.ts";
import { serveLikeAHost } from "./gzip-host.ts";
import { measurePageKinds, type PageKindOptions } from "./page-kinds.ts";
import { PROJECT_ROOT } from "./prepare-corpus.ts";
import { measureSiteSizes } from "./site-sizes.ts";

/**
 * The benchmark's reference: the same two reviews as Starlight documentation pages (one per year and
 * an index), built from bench/starlight/ — its own package.json and lock, pinned versions — in a
 * folder of the bench's, never in the project's node_modules.
 */
const STARLIGHT_DIR = path.join(PROJECT_ROOT, "bench", "starlight");
const REVIEWS_DIR = path.join(PROJECT_ROOT, "content", "reviews");

export interface StarlightBuild {
  distDir: string;
  /** The page paths to measure, by kind. */
  pages: { home: string; year: string };
  versions: { astro: string; starlight: string };
  /** How the packages went in: `npm ci`, or `npm install` of the locked versions when ci refused. */
  installedBy: string;
  installMs: number;
  buildMs: number;
}

interface ReviewData {
  title: string;
  year: number;
  lead: string;
  captions?: { id: string; text: string; creditAsPrinted: string }[];
}

/** A review file as a Starlight page: its title, its lead as the first paragraph, captions as text. */
export function reviewAsStarlightPage(markdown: string): { year: number; page: string } {
  const { yaml, body } = splitFrontmatter(markdown);
  const data = parse(yaml) as ReviewData;
  const captions = new Map((data.captions ?? []).map((caption) => [caption.id, caption]));
  // Starlight knows no `::caption`; the reader sees the caption's words and credit, set in italics.
  const text = body.replace(/^::caption\{#([\w-]+)\}$/gm, (line, id: string) => {
    const caption = captions.get(id);
    return caption === undefined ? line : `_${caption.text} ${caption.creditAsPrinted.replace(/^_/, "")}_`;
  });
  // The lead is also the page's description, as our year page's is (Lighthouse's SEO audit asks for one).
  const frontmatter = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.lead)}\nsidebar:\n  label: "${data.year}"\n---\n`;
  return { year: data.year, page: `${frontmatter}\n${data.lead}\n\n${text.trim()}\n` };
}

function writeDocs(siteDir: string): number[] {
  const docs = path.join(siteDir, "src", "content", "docs");
  mkdirSync(path.join(docs, "reviews"), { recursive: true });
  const years: number[] = [];
  for (const name of readdirSync(REVIEWS_DIR)
    .filter((file) => /^\d{4}\.md$/.test(file))
    .sort()) {
    const { year, page } = reviewAsStarlightPage(readFileSync(path.join(REVIEWS_DIR, name), "utf8"));
    writeFileSync(path.join(docs, "reviews", `${year}.md`), page);
    years.push(year);
  }
  const links = years.map((year) => `- [${year}](/reviews/${year}/)`).join("\n");
  writeFileSync(
    path.join(docs, "index.md"),
    `---\ntitle: "Viet Nam's diplomacy: the annual reviews"\ndescription: "The Minister of Foreign Affairs' annual reviews of Viet Nam's diplomacy."\n---\n\nThe Minister of Foreign Affairs' annual reviews, as the Communist Review published them.\n\n${links}\n`,
  );
  return years;
}

function run(command: string, args: string[], cwd: string): { ok: boolean; output: string; ms: number } {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    // Astro 7 needs Node ≥ 22: npm and the packages' install scripts run on the bench's own Node.
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env["PATH"] ?? ""}`,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`,
    ms: performance.now() - start,
  };
}

const versionOf = (siteDir: string, name: string): string =>
  (JSON.parse(readFileSync(path.join(siteDir, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

/**
 * Installs and builds the Starlight reference in `siteDir`. This registry mirror lacks some other
 * platforms' optional binaries, so npm ci can refuse a lock that lists only this platform's; then
 * `npm install` installs the same locked versions (as .ci/run does for the project).
 */
export function buildStarlight(siteDir: string, log: (line: string) => void): StarlightBuild {
  mkdirSync(siteDir, { recursive: true });
  for (const entry of ["package.json", "package-lock.json", "astro.config.mjs", "src"]) {
    cpSync(path.join(STARLIGHT_DIR, entry), path.join(siteDir, entry), { recursive: true });
  }
  // Starlight's starter ships a favicon at /favicon.svg, which its pages link to; ours stands in.
  cpSync(path.join(PROJECT_ROOT, "public", "favicon.svg"), path.join(siteDir, "public", "favicon.svg"));
  const years = writeDocs(siteDir);
  let install = run("npm", ["ci", "--no-audit", "--no-fund"], siteDir);
  let installedBy = "npm ci";
  if (!install.ok) {
    log("Starlight: npm ci refused the lock (other platforms' optional binaries are missing here); npm install");
    install = run("npm", ["install", "--no-audit", "--no-fund"], siteDir);
    installedBy = "npm install (npm ci refused the lock: other platforms' optional binaries missing here)";
  }
  if (!install.ok)
    throw new Error(`Starlight: installing bench/starlight's packages failed:\n${install.output.slice(-3000)}`);
  const astro = path.join(siteDir, "node_modules", "astro", "bin", "astro.mjs");
  const build = run(process.execPath, [astro, "build"], siteDir);
  if (!build.ok) throw new Error(`Starlight: astro build failed in ${siteDir}:\n${build.output.slice(-3000)}`);
  const year = years[0] ?? 2021;
  return {
    distDir: path.join(siteDir, "dist"),
    pages: { home: "/", year: `/reviews/${year}/` },
    versions: { astro: versionOf(siteDir, "astro"), starlight: versionOf(siteDir, "@astrojs/starlight") },
    installedBy,
    installMs: install.ms,
    buildMs: build.ms,
  };
}

/** Builds the reference and measures its index and first review with the bench's own functions. */
export async function benchStarlight(
  siteDir: string,
  browser: Browser,
  options: PageKindOptions,
): Promise<StarlightResult> {
  let build: StarlightBuild;
  try {
    options.log("Starlight: installing bench/starlight's pinned packages and building the two reviews…");
    build = buildStarlight(siteDir, options.log);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.log(`Starlight: could not be built, so the issue's reference figures stand in:\n${reason}`);
    return { built: false, reason };
  }
  const host = await serveLikeAHost(build.distDir);
  try {
    const pages = await measurePageKinds(
      browser,
      host.origin,
      [
        { kind: "home", path: build.pages.home, lighthouse: true },
        { kind: "year", path: build.pages.year, lighthouse: true },
      ],
      { ...options, log: (line) => options.log(`Starlight: ${line}`) },
    );
    return {
      built: true,
      versions: build.versions,
      installedBy: build.installedBy,
      installMs: build.installMs,
      buildMs: build.buildMs,
      distBytes: measureSiteSizes(build.distDir).distBytes,
      pages,
    };
  } finally {
    await host.close();
  }
}

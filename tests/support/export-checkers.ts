import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * The standards' own checkers, run on the exports: W3C's EPUBCheck (Debian `epubcheck`, an
 * executable jar) and jing (Debian `jing`) with TEI's tei_all schema from ../shared/reference.
 */

export interface EpubCheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations: { path: string; line: number; column: number }[];
}

export interface EpubCheckReport {
  nFatal: number;
  nError: number;
  nWarning: number;
  /** Every message, one a line, with its place: what a failing test prints. */
  messages: string[];
}

export const EPUBCHECK = process.env["EPUBCHECK_JAR"] ?? "/usr/bin/epubcheck";

/** EPUBCheck's report of one EPUB file, read from its JSON output. */
export function epubCheck(epub: string): EpubCheckReport {
  const work = mkdtempSync(join(tmpdir(), "epubcheck-"));
  try {
    const json = join(work, "report.json");
    const run = spawnSync("java", ["-jar", EPUBCHECK, resolve(epub), "--json", json], { encoding: "utf8" });
    if (!existsSync(json)) throw new Error(`EPUBCheck wrote no report for ${epub}:\n${run.stdout}\n${run.stderr}`);
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      checker: { nFatal: number; nError: number; nWarning: number };
      messages: EpubCheckMessage[];
    };
    const messages = report.messages.map(
      (m) =>
        `${m.severity} ${m.ID}: ${m.message} (${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(", ")})`,
    );
    return { ...report.checker, messages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** TEI P5's tei_all schema (2.7.0), where ../shared is present; undefined in a clone without it. */
export const TEI_ALL = resolve("../shared/reference/tei/tei_all.rng");
export const teiSchemaPresent = existsSync(TEI_ALL);

/** jing's errors for the files against tei_all: `file:line:column: error: …` lines, none when valid. */
export function jingErrors(files: readonly string[]): string[] {
  const run = spawnSync("jing", [TEI_ALL, ...files.map((f) => resolve(f))], { encoding: "utf8" });
  if (run.error) throw new Error(`jing could not run (apt-get install jing): ${run.error.message}`);
  const errors = run.stdout.split("\n").filter((line) => line.includes(": error:") || line.includes(": fatal:"));
  if (run.status !== 0 && errors.length === 0)
    throw new Error(`jing failed without naming an error:\n${run.stdout}\n${run.stderr}`);
  return errors;
}

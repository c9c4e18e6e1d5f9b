/**
 * `npm run import -- <article.txt> [--out <dir>] [--year <n>] [--force] [--author-name <name>] [--author-family <name>] [--author-given <names>] [--url <url>]`
 * The command line only: arguments, file I/O and an atomic write; the work is in src/lib/importer.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeArticleBytes, ImportError, importArticle, type ImportOptions } from "../src/lib/importer/index.ts";

const USAGE =
  "usage: npm run import -- <article.txt> [--out <dir>] [--year <n>] [--force] [--author-name <name>] [--author-family <name>] [--author-given <names>] [--url <url>]";
const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_OUT_DIR = path.join(PROJECT_ROOT, "content", "reviews");

/** A mistake in how the command was called, as opposed to a problem in the article. */
class UsageError extends Error {}

function readArguments(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        year: { type: "string" },
        force: { type: "boolean", default: false },
        "author-name": { type: "string" },
        "author-family": { type: "string" },
        "author-given": { type: "string" },
        url: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) return undefined;
    const [source, ...extra] = positionals;
    if (source === undefined) throw new UsageError("name the article's text file");
    if (extra.length > 0) throw new UsageError(`one article at a time (also given: ${extra.join(" ")})`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !/^\d{4}$/.test(values.year ?? ""))
      throw new UsageError("--year takes a four-digit year");
    return {
      source,
      year,
      force: values.force,
      outDir: values.out,
      authorName: values["author-name"],
      authorFamily: values["author-family"],
      authorGiven: values["author-given"],
      url: values.url,
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `source.file`: relative to the project root when the source is inside it, else its basename. */
function recordedSourceFile(sourcePath: string): string {
  const relative = path.relative(PROJECT_ROOT, sourcePath);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return inside ? relative.split(path.sep).join("/") : path.basename(sourcePath);
}

/** Writes beside the target, then renames: a reader sees the old file or the new one, never half. */
function writeAtomically(target: string, content: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const descriptor = openSync(temporary, "wx");
  try {
    writeSync(descriptor, content);
    fsyncSync(descriptor);
    closeSync(descriptor);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function main(argv: readonly string[]): number {
  const args = readArguments(argv);
  if (args === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sourcePath = path.resolve(args.source);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(sourcePath);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new ImportError({ file: args.source, line: 1 }, `cannot read the file (${reason})`, "check the path");
  }
  const options: ImportOptions = {
    file: args.source,
    sourceFile: recordedSourceFile(sourcePath),
    ...(args.year === undefined ? {} : { year: args.year }),
    ...(args.authorName === undefined ? {} : { authorName: args.authorName }),
    ...(args.authorFamily === undefined ? {} : { authorFamily: args.authorFamily }),
    ...(args.authorGiven === undefined ? {} : { authorGiven: args.authorGiven }),
    ...(args.url === undefined ? {} : { url: args.url }),
  };
  const review = importArticle(decodeArticleBytes(bytes, args.source), options);

  const outDir = args.outDir === undefined ? DEFAULT_OUT_DIR : path.resolve(args.outDir);
  const target = path.join(outDir, `${review.year}.md`);
  const shownTarget = path.relative(process.cwd(), target).startsWith("..")
    ? target
    : path.relative(process.cwd(), target);
  if (!args.force && existsSync(target)) {
    throw new ImportError(
      { file: shownTarget, line: 1 },
      `the review for ${review.year} already exists`,
      "pass --force to replace it",
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeAtomically(target, review.markdown);
  process.stdout.write(`${shownTarget}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ImportError) {
    process.stderr.write(`${error.format()}\n`);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    process.stderr.write(`import: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

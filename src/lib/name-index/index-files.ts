import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import {
  IndexFileSchema,
  LeftOutFileSchema,
  type EntryKind,
  type IndexEntryData,
  type LeftOut,
} from "../schema/name-index.ts";
import { IndexError } from "./index-error.ts";

/** An entry as the build uses it: its data, its kind, and where it is written. */
export interface IndexEntry extends IndexEntryData {
  kind: EntryKind;
  file: string;
  line: number;
}

/** A left-out name with where it is written. */
export interface LeftOutName extends LeftOut {
  file: string;
  line: number;
}

export interface IndexData {
  entries: IndexEntry[];
  leftOut: LeftOutName[];
}

/** The left-out list's file name; every other `.yaml` in the folder is one kind's entries. */
export const LEFT_OUT_FILE = "left-out.yaml";

interface Parsed {
  doc: Document;
  lines: LineCounter;
  file: string;
}

function parse(text: string, file: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new IndexError(file, line, `not valid YAML: ${error.message.split("\n")[0] ?? ""}`, "fix the YAML syntax");
  }
  return { doc, lines, file };
}

/** The line of the node at `path`, or of its nearest parent that has one. */
function lineAt({ doc, lines }: Parsed, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function validate<T>(parsed: Parsed, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parsed.doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the file";
  throw new IndexError(
    parsed.file,
    lineAt(parsed, issue?.path ?? []),
    `${where}: ${issue?.message ?? "invalid"}`,
    "see README, “The index of names”, for the fields",
  );
}

/** Reads one kind's file: `text` is its content, `file` the path errors name. */
export function readIndexFile(text: string, file: string): IndexEntry[] {
  const parsed = parse(text, file);
  const data = validate(parsed, IndexFileSchema);
  return data.entries.map((entry, i) => ({ ...entry, kind: data.kind, file, line: lineAt(parsed, ["entries", i]) }));
}

/** Reads the left-out list. */
export function readLeftOutFile(text: string, file: string): LeftOutName[] {
  const parsed = parse(text, file);
  return validate(parsed, LeftOutFileSchema).leftOut.map((name, i) => ({
    ...name,
    file,
    line: lineAt(parsed, ["leftOut", i]),
  }));
}

/** Every file of `content/index/` (or `dir`), errors naming paths relative to `root`. */
export function readIndexDir(dir: string, root = process.cwd()): IndexData {
  const entries: IndexEntry[] = [];
  let leftOut: LeftOutName[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, "utf8");
    const file = relative(root, path) || path;
    if (name === LEFT_OUT_FILE) leftOut = readLeftOutFile(text, file);
    else entries.push(...readIndexFile(text, file));
  }
  return { entries, leftOut };
}

/** Where the editors' index lives; tests point INDEX_DIR at other folders. */
export const indexDir = (): string => resolve(process.env["INDEX_DIR"] ?? "content/index");

let data: IndexData | undefined;
/** The editors' entries, read once per process (the build reads them for every page). */
export function indexData(): IndexData {
  data ??= readIndexDir(indexDir());
  return data;
}

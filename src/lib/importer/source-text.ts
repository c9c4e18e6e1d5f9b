import { ImportError } from "./import-error.ts";

/** One line of the source with its 1-based number, so every later step can point back at it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A paragraph of the publisher's layout: a run of non-blank lines between blank lines. */
export interface SourceBlock {
  line: number;
  lines: SourceLine[];
}

/**
 * Decodes the file as strict UTF-8. Lines are decoded one by one (a newline byte never occurs
 * inside a multi-byte sequence) so that a bad byte can be reported with its line.
 */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  let start = 0;
  let lineNumber = 1;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      lines.push(decoder.decode(bytes.subarray(start, end)));
    } catch {
      throw new ImportError(
        { file, line: lineNumber },
        "the file is not valid UTF-8",
        "save the article as UTF-8 text",
      );
    }
    if (newline === -1) break;
    start = newline + 1;
    lineNumber += 1;
  }
  return lines.join("\n");
}

/** Splits text into numbered lines; a UTF-8 BOM and CRLF or CR line ends read like LF. */
export function splitSourceLines(text: string): SourceLine[] {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((lineText, index) => ({ line: index + 1, text: lineText.trimEnd() }));
}

export function isBlank(sourceLine: SourceLine): boolean {
  return sourceLine.text.trim() === "";
}

/** Groups lines into blocks separated by blank lines. */
export function groupBlocks(lines: readonly SourceLine[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceLine[] = [];
  for (const sourceLine of lines) {
    if (isBlank(sourceLine)) {
      if (current.length > 0) blocks.push(toBlock(current));
      current = [];
    } else {
      current.push(sourceLine);
    }
  }
  if (current.length > 0) blocks.push(toBlock(current));
  return blocks;
}

function toBlock(lines: SourceLine[]): SourceBlock {
  const first = lines[0];
  if (first === undefined) throw new Error("a block has at least one line");
  return { line: first.line, lines };
}

/** A block's text: its lines trimmed and joined by line breaks (which Markdown reads as spaces). */
export function blockText(block: SourceBlock): string {
  return block.lines.map((sourceLine) => sourceLine.text.trim()).join("\n");
}

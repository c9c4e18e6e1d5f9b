/** A problem with the index's data, with its place: printed as `file:line: message (hint)`. */
export class IndexError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint: string;

  constructor(file: string, line: number, message: string, hint: string) {
    super(`${file}:${line}: ${message} (${hint})`);
    this.name = "IndexError";
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}

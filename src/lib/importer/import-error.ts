/** Why an article cannot be imported, with the place to look and what to do about it. */
export class ImportError extends Error {
  /** The file the place is in, as the user named it. */
  readonly file: string;
  /** 1-based line number of the place. */
  readonly line: number;
  /** What to do about it. */
  readonly hint: string;

  constructor(place: { file: string; line: number }, message: string, hint: string) {
    super(message);
    this.name = "ImportError";
    this.file = place.file;
    this.line = place.line;
    this.hint = hint;
  }

  /** The one line the CLI prints: `file:line: message (hint)`, like a compiler. */
  format(): string {
    return `${this.file}:${this.line}: ${this.message} (${this.hint})`;
  }
}

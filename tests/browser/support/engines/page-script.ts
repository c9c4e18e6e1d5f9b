import { ERRORS_KEY } from "./reader-page.ts";
import type { Plain, Reader } from "./reader.ts";

/**
 * The expression that calls `fn` with `args` in the page. Drivers evaluate it through their own
 * protocol, which the site's CSP (no 'unsafe-eval') does not govern.
 */
export function scriptCall(fn: (...args: never[]) => unknown, args: Plain[]): string {
  return `(${String(fn)})(...${JSON.stringify(args)})`;
}

/** What the recorder (reader-page.ts) noted in this tab, across the pages it has shown. */
export async function readRecordedErrors(reader: Reader): Promise<string[]> {
  const stored = await reader.run((key) => sessionStorage.getItem(key) ?? "[]", ERRORS_KEY);
  return JSON.parse(stored) as string[];
}

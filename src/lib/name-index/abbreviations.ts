import { formKey } from "./forms.ts";
import type { IndexEntry } from "./index-files.ts";

/** An abbreviation the year pages expand at its first use. */
export interface Abbreviation {
  /** As printed: `UN`, `FTAs`, `COP 26`, `Industry 4.0`. */
  form: string;
  expansion: string;
  /** The reviews do not print the expansion: the editors supply it. */
  editorial: boolean;
}

/**
 * The abbreviations of the index: each entry with an expansion gives its forms shorter than the
 * expansion and not merely another spelling of it ("free trade agreements" is not; "FTAs" is).
 */
export function abbreviationsOf(entries: readonly IndexEntry[]): Abbreviation[] {
  return entries.flatMap((entry) => {
    const expansion = entry.expansion;
    if (!expansion) return [];
    const key = formKey(expansion);
    return entry.forms
      .filter((form) => form.length < expansion.length && formKey(form) !== key)
      .map((form) => ({ form, expansion, editorial: Boolean(entry.expansionIsEditorial) }));
  });
}

import { formKey, formSource, WORD_AFTER, WORD_BEFORE } from "./forms.ts";

/** Anything with forms to find: an index entry, or a name the index leaves out. */
export interface Named {
  forms: readonly string[];
  caseInsensitive?: boolean | undefined;
}

/** A form found in a text: [start, end) and the thing it names. */
export interface FormMatch<T> {
  start: number;
  end: number;
  named: T;
}

/**
 * Finds every form of many names in one pass over a text: one alternation, longest forms first, so
 * where a longer name holds a shorter one ("UN Human Rights Council" holds "UN") only the longer is
 * found: the council is mentioned, the UN is not. Forms are told apart by their key (formKey), which
 * the index keeps unique across entries, so a match names exactly one thing.
 */
export class NameMatcher<T extends Named> {
  readonly #pattern: RegExp | undefined;
  readonly #byKey = new Map<string, T>();

  constructor(names: readonly T[]) {
    const forms: { source: string; length: number }[] = [];
    for (const named of names) {
      for (const form of named.forms) {
        const key = formKey(form);
        const owner = this.#byKey.get(key);
        if (owner && owner !== named) continue;
        this.#byKey.set(key, named);
        forms.push({ source: formSource(form, named.caseInsensitive), length: form.length });
      }
    }
    forms.sort((a, b) => b.length - a.length);
    this.#pattern = forms.length
      ? new RegExp(`${WORD_BEFORE}(?:${forms.map((f) => f.source).join("|")})${WORD_AFTER}`, "gu")
      : undefined;
  }

  /** Every match in reading order; "X (Y)" where X and Y name the same thing is one match. */
  matches(text: string): FormMatch<T>[] {
    if (!this.#pattern) return [];
    const found: FormMatch<T>[] = [];
    for (const m of text.matchAll(this.#pattern)) {
      const named = this.#byKey.get(formKey(m[0]));
      if (!named) continue;
      const start = m.index;
      const end = start + m[0].length;
      const last = found.at(-1);
      if (last && last.named === named && /^\s*\($/.test(text.slice(last.end, start)) && text[end] === ")") {
        last.end = end + 1;
        continue;
      }
      found.push({ start, end, named });
    }
    return found;
  }
}

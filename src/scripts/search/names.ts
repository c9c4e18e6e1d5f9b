// The index of names as search knows it: a query naming an entry, or one of its printed forms, with
// or without Vietnamese diacritics ("Hà Nội" → Hanoi), shows that entry first. The lookup
// (`index/lookup.json`, written by the build) is fetched only when a search runs.
import { formKey } from "../../lib/name-index/forms.ts";
import type { NameLookupEntry } from "../../lib/name-index/index-json.ts";
import { sitePath } from "../../lib/urls.ts";

// The build's own type (src/lib/name-index/index-json.ts writes the file): one shape on both sides.
type LookupEntry = NameLookupEntry;

interface Lookup {
  kinds: Record<string, string>;
  entries: LookupEntry[];
}

/** An entry a query names, as a result shows it. */
export interface NamedEntry {
  heading: string;
  /** "Place", "Person" … */
  kind: string;
  /** "1 mention in 2022", "6 mentions in 2 years", or the author's line. */
  summary: string;
  href: string;
}

let lookup: Promise<Lookup> | undefined;

function loadLookup(): Promise<Lookup> {
  lookup ??= fetch(sitePath("index/lookup.json")).then((r) => {
    if (!r.ok) throw new Error(`index/lookup.json: ${r.status}`);
    return r.json() as Promise<Lookup>;
  });
  lookup.catch(() => (lookup = undefined));
  return lookup;
}

function summaryOf(entry: LookupEntry): string {
  if (entry.authorOf.length && !entry.count)
    return `the author of the reviews (name added by the editors, not printed in them)`;
  const mentions = entry.count === 1 ? "1 mention" : `${entry.count} mentions`;
  return `${mentions} in ${entry.years === 1 ? "1 year" : `${entry.years} years`}`;
}

/** The entry the whole query names, if any; undefined too when the lookup cannot be had. */
export async function entryNamed(query: string): Promise<NamedEntry | undefined> {
  const key = formKey(query);
  if (!key) return undefined;
  let data: Lookup;
  try {
    data = await loadLookup();
  } catch {
    return undefined; // search still answers with passages
  }
  const entry = data.entries.find((e) => e.keys.includes(key));
  if (!entry) return undefined;
  return {
    heading: entry.heading,
    kind: data.kinds[entry.kind] ?? entry.kind,
    summary: summaryOf(entry),
    href: sitePath(`index/${entry.slug}/`),
  };
}

import type { IndexRecord } from "./name-index.ts";
import { formKey } from "./forms.ts";

/** `index.json`: every entry of the index of names with every mention, for reuse (README, "The index of names"). */
export interface IndexJson {
  version: 1;
  entries: {
    slug: string;
    heading: string;
    kind: string;
    url: string;
    forms: string[];
    expansion?: { text: string; editorial: boolean };
    note?: string;
    editorial: boolean;
    wikidata?: { id: string; checkedAgainst: string };
    broader?: string;
    authorOf: number[];
    count: number;
    /** Per year, newest first: how many mentions, and the passages holding them (ids on `/<year>/`). */
    years: { year: number; count: number; passages: string[] }[];
  }[];
}

/**
 * Small enough for a hundred years: a mention's sentence and marked words are on the entry's page; a
 * passage's address is `/<year>/#<id>`, as README's "Addresses" gives it.
 */
export function indexJson(records: readonly IndexRecord[], url: (path: string) => string): IndexJson {
  return {
    version: 1,
    entries: records.map(({ entry, years, count, authorOf }) => ({
      slug: entry.slug,
      heading: entry.heading,
      kind: entry.kind,
      url: url(`index/${entry.slug}/`),
      forms: entry.forms,
      ...(entry.expansion && { expansion: { text: entry.expansion, editorial: Boolean(entry.expansionIsEditorial) } }),
      ...(entry.note && { note: entry.note }),
      editorial: Boolean(entry.editorial),
      ...(entry.authority && {
        wikidata: { id: entry.authority.wikidata, checkedAgainst: entry.authority.checkedAgainst },
      }),
      ...(entry.broader && { broader: entry.broader }),
      authorOf,
      count,
      years: years.map(({ year, count: n, sentences }) => ({
        year,
        count: n,
        passages: [...new Set(sentences.map((s) => s.anchor))],
      })),
    })),
  };
}

/** What search needs to know an entry by name: small, fetched only when a search runs. */
export interface NameLookupEntry {
  slug: string;
  heading: string;
  kind: string;
  /** formKey of the heading, every form and the expansion: `hanoi`, `phamminhchinh`. */
  keys: string[];
  count: number;
  years: number;
  /** Years of the reviews the entry is the (editorial) author of. */
  authorOf: number[];
}

export function nameLookup(records: readonly IndexRecord[]): NameLookupEntry[] {
  return records.map(({ entry, count, years, authorOf }) => ({
    slug: entry.slug,
    heading: entry.heading,
    kind: entry.kind,
    keys: [...new Set([entry.heading, ...entry.forms, ...(entry.expansion ? [entry.expansion] : [])].map(formKey))],
    count,
    years: years.length,
    authorOf,
  }));
}

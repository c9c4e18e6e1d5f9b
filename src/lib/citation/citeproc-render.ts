import CSL from "citeproc";
import type { CslItem } from "../bibliography/csl-item.ts";
import type { Locator } from "./fill-citation.ts";
import { fromCslHtml, type RichText } from "./rich-text.ts";

/** One CSL style and the locale it is rendered in, as XML text. */
export interface StyleSheet {
  style: string;
  locale: string;
}

type Engine = InstanceType<typeof CSL.Engine>;

/**
 * Making a citeproc-js engine is slow (seconds for Chicago's 240 KB style), rendering with one is
 * quick: one engine per style sheet for the whole build, each holding one item at a time, so no
 * other item can make it disambiguate ("2022a").
 */
const engines = new WeakMap<StyleSheet, { engine: Engine; items: Map<CslItem, string> }>();

/** The sheet's engine holding this item alone, and the item's id there. */
function engineFor(sheet: StyleSheet, item: CslItem): { engine: Engine; id: string } {
  let made = engines.get(sheet);
  if (!made) {
    const items = new Map<CslItem, string>();
    // citeproc-js wants the item under the id it asked for.
    const sys = {
      retrieveLocale: () => sheet.locale,
      retrieveItem: (id: string) => ({ ...[...items].find(([, held]) => held === id)?.[0], id }),
    };
    // The locale is forced: the edition's citations are English whatever the reader's browser says.
    const engine = new CSL.Engine(sys, sheet.style, "en-US", true);
    engine.setOutputFormat("html");
    made = { engine, items };
    engines.set(sheet, made);
  }
  // Keyed by content: the same id with other fields (another address) is another item to citeproc.
  const key = JSON.stringify(item);
  const known = [...made.items].find(([held]) => JSON.stringify(held) === key)?.[1];
  const id = known ?? `item-${made.items.size + 1}`;
  if (!known) made.items.set(item, id);
  made.engine.updateItems([id]);
  return { engine: made.engine, id };
}

/** The item's entry in the style's bibliography (reference list, works cited): never with a locator. */
export function renderEntry(sheet: StyleSheet, item: CslItem): RichText {
  const bibliography = engineFor(sheet, item).engine.makeBibliography();
  const [entry] = bibliography ? bibliography[1] : [];
  if (entry === undefined) throw new Error(`the style renders no bibliography entry for ${item.id}`);
  return fromCslHtml(entry);
}

/**
 * The item's citation: a note in a note style (the full note first, the short note when `subsequent`),
 * the in-text citation in an author-date style; with the place cited when a locator is given.
 */
export function renderCitation(
  sheet: StyleSheet,
  item: CslItem,
  options: { locator?: Locator; subsequent?: boolean } = {},
): RichText {
  const { locator, subsequent = false } = options;
  const { engine, id } = engineFor(sheet, item);
  const cite = {
    id,
    ...(locator ?? {}),
    position: subsequent ? CSL.POSITION_SUBSEQUENT : CSL.POSITION_FIRST,
  };
  return fromCslHtml(engine.makeCitationCluster([cite]));
}

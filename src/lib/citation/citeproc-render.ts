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
 * Making a citeproc-js engine is slow (seconds for Chicago's 240 KB style), and so is registering an
 * item with it (sort keys, disambiguation): one engine per style sheet for the whole build, each
 * holding one item at a time, so no other item can make it disambiguate ("2022a"), and switched to
 * another item only when a call asks for one. What it renders is kept: every page and export of a
 * review asks for the same strings, and a build asked for each of them dozens of times.
 */
interface SheetEngine {
  engine: Engine;
  /** Item ids by the item's content: the same id with other fields (another address) is another item to citeproc. */
  ids: Map<string, string>;
  items: Map<string, CslItem>;
  /** The id the engine holds now. */
  current: string | undefined;
  rendered: Map<string, RichText>;
}
const engines = new WeakMap<StyleSheet, SheetEngine>();

function sheetEngine(sheet: StyleSheet): SheetEngine {
  let made = engines.get(sheet);
  if (!made) {
    const items = new Map<string, CslItem>();
    // citeproc-js wants the item under the id it asked for.
    const sys = {
      retrieveLocale: () => sheet.locale,
      retrieveItem: (id: string) => ({ ...items.get(id), id }),
    };
    // The locale is forced: the edition's citations are English whatever the reader's browser says.
    const engine = new CSL.Engine(sys, sheet.style, "en-US", true);
    engine.setOutputFormat("html");
    made = { engine, ids: new Map(), items, current: undefined, rendered: new Map() };
    engines.set(sheet, made);
  }
  return made;
}

/** What the sheet's engine renders for an item, made by `render` with the engine holding that item alone, once per build. */
function rendered(
  sheet: StyleSheet,
  item: CslItem,
  what: string,
  render: (engine: Engine, id: string) => RichText,
): RichText {
  const made = sheetEngine(sheet);
  const itemKey = JSON.stringify(item);
  const key = `${what}\n${itemKey}`;
  const known = made.rendered.get(key);
  if (known) return known;
  let id = made.ids.get(itemKey);
  if (id === undefined) {
    id = `item-${made.ids.size + 1}`;
    made.ids.set(itemKey, id);
    made.items.set(id, item);
  }
  if (made.current !== id) {
    made.engine.updateItems([id]);
    made.current = id;
  }
  const text = render(made.engine, id);
  made.rendered.set(key, text);
  return text;
}

/** The item's entry in the style's bibliography (reference list, works cited): never with a locator. */
export function renderEntry(sheet: StyleSheet, item: CslItem): RichText {
  return rendered(sheet, item, "entry", (engine) => {
    const bibliography = engine.makeBibliography();
    const [entry] = bibliography ? bibliography[1] : [];
    if (entry === undefined) throw new Error(`the style renders no bibliography entry for ${item.id}`);
    return fromCslHtml(entry);
  });
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
  return rendered(sheet, item, JSON.stringify({ locator, subsequent }), (engine, id) => {
    const cite = {
      id,
      ...(locator ?? {}),
      position: subsequent ? CSL.POSITION_SUBSEQUENT : CSL.POSITION_FIRST,
    };
    return fromCslHtml(engine.makeCitationCluster([cite]));
  });
}

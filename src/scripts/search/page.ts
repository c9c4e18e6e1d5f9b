// The search page: its URL holds the state (`?q=bamboo&year=2022`), restored on load and kept up to
// date as the reader types or picks a year (history.replaceState, so Back leaves the page).
import { EMPTY_SEARCH_STATUS } from "../../lib/search/messages.ts";
import { loadPagefind, preloadQuery, searchPassages } from "./engine.ts";
import { countByYear, describeCount, inYear, type Passage } from "./passages.ts";
import { excerptBlock, placeLabel } from "./render.ts";
import { quotedQuery, readSearchState, searchStateQuery, type SearchState } from "./query.ts";
import { entryNamed, type NamedEntry } from "./names.ts";
import { CLOSEST_LABEL, noPassageHoldsAll } from "../../lib/search/messages.ts";

const DEBOUNCE_MS = 150;

/** The index entry a query names, shown above the passages: its heading, kind, count and page. */
function entryBlock(entry: NamedEntry): HTMLElement {
  const block = document.createElement("p");
  block.className = "search-entry";
  const link = document.createElement("a");
  link.href = entry.href;
  link.className = "search-entry-link";
  link.textContent = entry.heading;
  block.append("Index of names: ", link, ` — ${entry.kind}, ${entry.summary}.`);
  return block;
}

function resultItem(passage: Passage): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const link = document.createElement("a");
  link.href = passage.url;
  link.className = "search-result-link";
  link.append(placeLabel(passage));
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(excerptBlock(passage));
  li.append(link, excerpt);
  return li;
}

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>("#search-page-form");
  const input = document.querySelector<HTMLInputElement>("#search-page-input");
  const status = document.querySelector<HTMLElement>("#search-page-status");
  const list = document.querySelector<HTMLOListElement>("#search-page-results");
  const help = document.querySelector<HTMLElement>("#search-page-help");
  const suggestion = document.querySelector<HTMLElement>("#search-page-suggestion");
  if (!form || !input || !status || !list || !help || !suggestion) return;

  const radios = [...form.querySelectorAll<HTMLInputElement>("input[name=year]")];
  const years = radios.map((r) => r.value).filter(Boolean);
  const countLabels = new Map(
    [...form.querySelectorAll<HTMLElement>("[data-year-count]")].map((el) => [el.dataset["yearCount"] ?? "", el]),
  );

  let state: SearchState = readSearchState(window.location.search);
  if (state.year && !years.includes(state.year)) state = { ...state, year: "" };
  let passages: Passage[] = [];
  let closest: Passage[] = [];
  let named: NamedEntry | undefined;
  const entrySlot = document.createElement("div");
  entrySlot.id = "search-page-entry";
  const closestLabel = document.createElement("p");
  closestLabel.id = "search-page-closest";
  closestLabel.className = "search-closest-label";
  closestLabel.textContent = CLOSEST_LABEL;
  closestLabel.hidden = true;
  list.before(entrySlot, closestLabel);
  let suggested: string | undefined;
  let searched = "";
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeUrl = () => {
    history.replaceState(
      history.state,
      "",
      `${window.location.pathname}${searchStateQuery(state)}${window.location.hash}`,
    );
  };

  /** What the status line says: how many passages match, or why none do. */
  const statusFor = (query: string, shown: Passage[]): string => {
    if (!query) return EMPTY_SEARCH_STATUS;
    if (shown.length) return `${describeCount(shown)} match ${quotedQuery(query)}.`;
    if (passages.length)
      return `No passage in ${state.year} matches ${quotedQuery(query)}; ${describeCount(passages).toLowerCase()} do in all years.`;
    if (closest.length) return noPassageHoldsAll(quotedQuery(query));
    if (named)
      return `No passage holds the words ${quotedQuery(query)}; the index of names lists “${named.heading}”, below.`;
    const offer = suggested
      ? ` Did you mean “${suggested}”?`
      : suggested === ""
        ? " No known word is close to it."
        : "";
    return `No passage matches ${quotedQuery(query)}.${offer}`;
  };

  const render = () => {
    const query = state.query.trim();
    const counts = countByYear(passages, years);
    for (const [year, el] of countLabels)
      el.textContent = query ? `(${year ? (counts.get(year) ?? 0) : passages.length})` : "";
    for (const radio of radios) radio.checked = radio.value === state.year;
    const matching = inYear(passages, state.year);
    const near = passages.length ? [] : inYear(closest, state.year);
    const shown = matching.length ? matching : near;
    list.replaceChildren(...shown.map(resultItem));
    closestLabel.hidden = !(query && !matching.length && near.length);
    entrySlot.replaceChildren(...(query && named ? [entryBlock(named)] : []));
    const message = statusFor(query, matching);
    // The empty page's message is in the HTML already: rewriting it would re-announce it.
    if (status.textContent?.trim() !== message) status.textContent = message;
    renderSuggestion(query && !passages.length ? suggested : undefined);
    help.hidden = Boolean(query && shown.length);
  };

  /** "Did you mean vaccine?", a link that runs that search; "" says no word is close. */
  const renderSuggestion = (offer: string | undefined) => {
    suggestion.hidden = offer === undefined;
    if (offer === undefined) return;
    if (!offer) {
      suggestion.textContent = "No word of the reviews is close to what you typed.";
      return;
    }
    const link = document.createElement("a");
    link.href = `${window.location.pathname}${searchStateQuery({ query: offer, year: state.year })}`;
    link.dataset["didYouMean"] = offer;
    link.textContent = offer;
    suggestion.replaceChildren("Did you mean ", link, "?");
  };

  const run = async () => {
    const query = state.query.trim();
    const ticket = ++asked;
    const [found, entry] = query
      ? await Promise.all([searchPassages(query, { wanted: () => ticket === asked }), entryNamed(query)])
      : [undefined, undefined];
    if (ticket !== asked) return;
    passages = found?.passages ?? [];
    closest = found?.closest ?? [];
    named = entry;
    searched = query;
    suggested = undefined;
    render();
    if (!query || passages.length || closest.length || named) return;
    let offer: string | undefined;
    try {
      // Its code and the vocabulary are downloaded only now, when nothing matched.
      const { didYouMean } = await import("./suggest.ts");
      offer = await didYouMean(query);
    } catch {
      return; // without the vocabulary, the help line below still offers words
    }
    if (ticket !== asked) return;
    suggested = offer ?? "";
    render();
  };

  input.value = state.query;
  input.addEventListener("input", () => {
    state = { ...state, query: input.value };
    writeUrl();
    clearTimeout(timer);
    if (state.query.trim()) preloadQuery(state.query.trim());
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  for (const radio of radios) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      state = { ...state, year: radio.value };
      writeUrl();
      if (searched === state.query.trim()) render();
    });
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  if (state.query.trim()) void run();
  else {
    render();
    input.addEventListener("focus", () => void loadPagefind(), { once: true });
  }
}

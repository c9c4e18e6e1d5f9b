// The search page: its URL holds the state (`?q=bamboo&year=2022`), restored on load and kept up to
// date as the reader types or picks a year (history.replaceState, so Back leaves the page).
import { loadPagefind, preloadQuery, searchSections } from "./engine.ts";
import { countByYear, describeCount, inYear, type SectionResult } from "./sections.ts";
import { excerptBlock, placeLabel } from "./render.ts";
import { readSearchState, searchStateQuery, type SearchState } from "./query.ts";

const DEBOUNCE_MS = 150;

function resultItem(section: SectionResult): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const link = document.createElement("a");
  link.href = section.url;
  link.className = "search-result-link";
  link.append(placeLabel(section));
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(excerptBlock(section));
  li.append(link, excerpt);
  return li;
}

export function initSearchPage(): void {
  const app = document.querySelector<HTMLElement>("[data-search-app]");
  const form = document.querySelector<HTMLFormElement>("#search-page-form");
  const input = document.querySelector<HTMLInputElement>("#search-page-input");
  const status = document.querySelector<HTMLElement>("#search-page-status");
  const list = document.querySelector<HTMLOListElement>("#search-page-results");
  const help = document.querySelector<HTMLElement>("#search-page-help");
  if (!app || !form || !input || !status || !list || !help) return;
  app.hidden = false;

  const radios = [...form.querySelectorAll<HTMLInputElement>("input[name=year]")];
  const years = radios.map((r) => r.value).filter(Boolean);
  const countLabels = new Map(
    [...form.querySelectorAll<HTMLElement>("[data-year-count]")].map((el) => [el.dataset["yearCount"] ?? "", el]),
  );

  let state: SearchState = readSearchState(window.location.search);
  if (state.year && !years.includes(state.year)) state = { ...state, year: "" };
  let sections: SectionResult[] = [];
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

  const render = () => {
    const query = state.query.trim();
    const counts = countByYear(sections, years);
    for (const [year, el] of countLabels)
      el.textContent = query ? `(${year ? (counts.get(year) ?? 0) : sections.length})` : "";
    for (const radio of radios) radio.checked = radio.value === state.year;
    const shown = inYear(sections, state.year);
    list.replaceChildren(...shown.map(resultItem));
    if (!query) {
      status.textContent = "Type words to find the sections of the reviews that use them.";
    } else if (shown.length) {
      status.textContent = `${describeCount(shown)} match “${query}”.`;
    } else if (sections.length) {
      status.textContent = `No section in ${state.year} matches “${query}”; ${describeCount(sections).toLowerCase()} do in all years.`;
    } else {
      status.textContent = `No section matches “${query}”.`;
    }
    help.hidden = Boolean(query && shown.length);
  };

  const run = async () => {
    const query = state.query.trim();
    const ticket = ++asked;
    const found = query ? await searchSections(query, { wanted: () => ticket === asked }) : undefined;
    if (ticket !== asked) return;
    sections = found?.sections ?? [];
    searched = query;
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

// The header field as a combobox (WAI-ARIA APG, list autocomplete): results appear as the reader
// types; ↓/↑ move through them while focus stays in the field; Enter follows the active result (or,
// with none, submits to the search page); Escape closes the list, then clears the field.
import { loadPagefind, preloadQuery, searchPassages } from "./engine.ts";
import { describeCount } from "./passages.ts";
import { excerptBlock, placeLabel } from "./render.ts";
import { quotedQuery, searchStateQuery } from "./query.ts";
import { entryNamed } from "./names.ts";
import { CLOSEST_LABEL, noPassageHoldsAll } from "../../lib/search/messages.ts";
import { sitePath } from "../../lib/urls.ts";

const DEBOUNCE_MS = 120;
const SHOWN = 8;

export function initSearchCombobox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>("#site-search-popup");
  const listbox = form.querySelector<HTMLElement>("#site-search-listbox");
  const status = form.querySelector<HTMLElement>("#site-search-status");
  if (!popup || !listbox || !status) return;
  const note = document.createElement("p");
  note.className = "search-popup-note";
  popup.prepend(note);

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute("aria-expanded", String(open && options.length > 0));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.setAttribute("aria-selected", "false");
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const option = (href: string, id: string, ...children: Node[]): HTMLAnchorElement => {
    const a = document.createElement("a");
    a.href = href;
    a.id = id;
    a.tabIndex = -1;
    a.className = "search-option";
    a.setAttribute("role", "option");
    a.setAttribute("aria-selected", "false");
    a.append(...children);
    // Keep focus in the field while the pointer follows a result.
    a.addEventListener("mousedown", (e) => e.preventDefault());
    return a;
  };

  const run = async (query: string) => {
    const ticket = ++asked;
    const wanted = () => ticket === asked && input.value.trim() === query;
    const [{ passages, closest, reviews, complete }, entry] = await Promise.all([
      searchPassages(query, { enough: SHOWN + 1, wanted }),
      entryNamed(query),
    ]);
    if (!wanted()) return;
    const listed = passages.length ? passages : closest;
    options = listed.slice(0, SHOWN).map((p, i) => {
      const id = `site-search-option-${i}`;
      // Named by its whole content (place, then excerpt), which is what the reader sees.
      return option(p.url, id, placeLabel(p), excerptBlock(p));
    });
    if (entry) {
      // The entry the query names comes first: its page lists every mention.
      const kicker = document.createElement("span");
      kicker.className = "search-hit-place";
      kicker.textContent = `Index of names · ${entry.kind}`;
      const words = document.createElement("span");
      words.className = "search-hit-excerpt";
      const heading = document.createElement("strong");
      heading.textContent = entry.heading;
      words.append(heading, ` — ${entry.summary}`);
      const entryOption = option(entry.href, "site-search-option-entry", kicker, words);
      entryOption.classList.add("search-option-entry");
      options.unshift(entryOption);
    }
    const searchPage = (q: string) => sitePath(`search/${searchStateQuery({ query: q, year: "" })}`);
    const all = searchPage(query);
    const more = !complete || passages.length > SHOWN;
    if (listed.length > 0) {
      const label = more ? "All results, on the search page" : "Open on the search page";
      const allOption = option(all, "site-search-option-all", document.createTextNode(label));
      allOption.classList.add("search-option-all");
      options.push(allOption);
    }
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    active = -1;
    const count = more ? `Passages in ${reviews === 1 ? "1 review" : `${reviews} reviews`}` : describeCount(passages);
    const named = entry ? ` The index of names lists ${entry.heading}.` : "";
    note.textContent = passages.length
      ? `${count} match ${quotedQuery(query)}${more ? `; the best ${Math.min(SHOWN, passages.length)} are shown` : ""}.`
      : closest.length
        ? `${noPassageHoldsAll(quotedQuery(query))} ${CLOSEST_LABEL}`
        : `No passage matches ${quotedQuery(query)}.${entry ? "" : " Press Enter for suggestions."}`;
    status.textContent = passages.length
      ? `${count} match.${named} Use the arrow keys to choose one.`
      : closest.length
        ? `${noPassageHoldsAll(quotedQuery(query))}${named} Use the arrow keys to choose one.`
        : `No passage matches ${quotedQuery(query)}.${named}${entry ? " Use the down arrow to choose it." : ""}`;
    setOpen(true);
    if (!passages.length && !closest.length && !entry) void offerCloseWord(query, searchPage, wanted);
  };

  /** With nothing found, the nearest known words as an option that runs that search. */
  const offerCloseWord = async (query: string, searchPage: (q: string) => string, wanted: () => boolean) => {
    let offer: string | undefined;
    try {
      // Its code and the vocabulary are downloaded only now, when nothing matched.
      const { didYouMean } = await import("./suggest.ts");
      offer = await didYouMean(query);
    } catch {
      return; // the note already points to the search page's suggestions
    }
    if (!wanted()) return;
    if (!offer) {
      note.textContent = `No passage matches ${quotedQuery(query)}, and no word of the reviews is close to it.`;
      status.textContent = `No passage matches ${quotedQuery(query)}; no known word is close to it.`;
      return;
    }
    const suggestion = option(
      searchPage(offer),
      "site-search-option-suggestion",
      document.createTextNode("Did you mean "),
    );
    const word = document.createElement("strong");
    word.textContent = offer;
    suggestion.append(word, "?");
    suggestion.dataset["didYouMean"] = offer;
    options = [suggestion];
    listbox.replaceChildren(suggestion);
    listbox.hidden = false;
    note.textContent = `No passage matches ${quotedQuery(query)}.`;
    status.textContent = `No passage matches ${quotedQuery(query)}. Did you mean “${offer}”? Use the down arrow to choose it.`;
    setOpen(true);
  };

  const onInput = () => {
    const query = input.value.trim();
    clearTimeout(timer);
    if (!query) {
      asked++;
      options = [];
      listbox.replaceChildren();
      status.textContent = "";
      setOpen(false);
      return;
    }
    preloadQuery(query);
    timer = setTimeout(() => void run(query), DEBOUNCE_MS);
  };

  input.addEventListener("input", onInput);
  input.addEventListener("focus", () => {
    if (input.value.trim() && options.length) setOpen(true);
  });
  input.addEventListener("keydown", (event) => {
    const open = !popup.hidden && options.length > 0;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!options.length) return;
        event.preventDefault();
        if (popup.hidden) setOpen(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        const next =
          active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
        setActive(next);
        return;
      }
      case "Enter": {
        const chosen = open ? options[active] : undefined;
        if (!chosen) return; // the form submits to the search page
        event.preventDefault();
        if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(chosen.href, "_blank", "noopener");
        else window.location.assign(chosen.href);
        return;
      }
      case "Escape": {
        event.preventDefault();
        if (!popup.hidden) setOpen(false);
        else if (input.value) {
          input.value = "";
          onInput();
        }
        input.focus();
        return;
      }
      case "Tab":
        setOpen(false);
        return;
    }
  });
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });

  void loadPagefind();
  if (input.value.trim()) onInput();
}

// The compare page. A request for a pair (`/compare/?a=2021&b=2022`, from the form, a shared link,
// or the 404 page forwarding `/compare/<a>/<b>/`) goes to the pair's page when it is built, in place
// of itself in the history; any other pair is set side by side here from the two years' parts and
// given its own address back. Without JavaScript the list of built pairs does the work, and the form
// (class needs-script, global.css) is never shown.
import { isBuiltPair, pairPath, readPairRequest, type YearPair } from "../../lib/compare/pairs.ts";
import { compareTableHtml } from "../../lib/compare/compare-table-html.ts";
import type { CompareColumn } from "../../lib/compare/compare-column.ts";
import { pairHeading, pairIntro, pairTitle } from "../../lib/compare/pair-words.ts";
import { SITE_NAME } from "../../lib/site.ts";
import { sitePath } from "../../lib/urls.ts";

async function columnOf(year: number): Promise<CompareColumn> {
  const response = await fetch(sitePath(`compare/parts/${year}.json`));
  if (!response.ok) throw new Error(`The parts of ${year} did not load (HTTP ${response.status}).`);
  return (await response.json()) as CompareColumn;
}

/** Sets the pair side by side in this page and gives it the pair's address. */
async function showPair([older, newer]: YearPair, say: (message: string) => void, chosenHere: boolean): Promise<void> {
  const index = document.querySelector<HTMLElement>("[data-compare-index]");
  const view = document.querySelector<HTMLElement>("[data-compare-pair]");
  const table = view?.querySelector<HTMLElement>("[data-compare-table]");
  if (!index || !view || !table) return;
  say(`Setting ${older} and ${newer} side by side…`);
  try {
    const [a, b] = await Promise.all([columnOf(older), columnOf(newer)]);
    table.innerHTML = compareTableHtml(a, b);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return;
  }
  const heading = view.querySelector("[data-compare-heading]");
  const intro = view.querySelector("[data-compare-intro]");
  if (heading) heading.textContent = pairHeading(older, newer);
  if (intro) intro.textContent = pairIntro(older, newer);
  document.title = `${pairTitle(older, newer)} · ${SITE_NAME}`;
  // A pair chosen in the form is a step back can undo; a request that arrived here is replaced.
  if (chosenHere) history.pushState(null, "", pairPath([older, newer]));
  else history.replaceState(null, "", pairPath([older, newer]));
  index.hidden = true;
  view.hidden = false;
}

function initComparePage(): void {
  const form = document.querySelector<HTMLFormElement>("[data-compare-form]");
  if (!form) return;
  const status = form.querySelector<HTMLElement>("[data-compare-status]");
  const years = [...form.querySelectorAll<HTMLOptionElement>("select[name=a] option")].map((o) => Number(o.value));
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const go = (pair: YearPair, replace: boolean) => {
    if (!isBuiltPair(pair, years)) return void showPair(pair, say, !replace);
    if (replace) location.replace(pairPath(pair));
    else location.assign(pairPath(pair));
  };

  const request = readPairRequest(location.search, years);
  if (request.kind === "pair") go(request.pair, true);
  if (request.kind === "same") say(`Choose two different years: both were ${request.year}.`);
  if (request.kind === "unknown")
    say(`There is no review of ${request.values.join(" or ")} to compare. Choose from the years listed.`);

  form.addEventListener("submit", (event) => {
    const data = new FormData(form);
    const chosen = readPairRequest(`?a=${String(data.get("a"))}&b=${String(data.get("b"))}`, years);
    event.preventDefault();
    if (chosen.kind === "pair") go(chosen.pair, false);
    else if (chosen.kind === "same") say(`Choose two different years: both were ${chosen.year}.`);
  });
}

// Back from a pair set side by side here returns to an address this page must read afresh.
addEventListener("popstate", () => location.reload());
initComparePage();

// The compare form: a request `/compare/?a=2021&b=2022` (from the form, or a shared link) goes to
// the static page of that pair, replacing itself in the history. Without JavaScript the list of
// pairs below the form does the same work, so the form stays hidden until this runs.
import { pairPath, readPairRequest } from "../lib/compare/pairs.ts";

function initCompareForm(): void {
  const form = document.querySelector<HTMLFormElement>("[data-compare-form]");
  if (!form) return;
  const status = form.querySelector<HTMLElement>("[data-compare-status]");
  const years = [...form.querySelectorAll<HTMLOptionElement>("select[name=a] option")].map((o) => Number(o.value));
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  const request = readPairRequest(location.search, years);
  if (request.kind === "pair") {
    location.replace(pairPath(request.pair));
    return;
  }
  if (request.kind === "same") say(`Choose two different years: both were ${request.year}.`);
  if (request.kind === "unknown")
    say(`There is no review of ${request.values.join(" or ")} to compare. Choose from the years listed.`);
  form.hidden = false;

  form.addEventListener("submit", (event) => {
    const data = new FormData(form);
    const chosen = readPairRequest(`?a=${String(data.get("a"))}&b=${String(data.get("b"))}`, years);
    event.preventDefault();
    if (chosen.kind === "pair") location.assign(pairPath(chosen.pair));
    else if (chosen.kind === "same") say(`Choose two different years: both were ${chosen.year}.`);
  });
}

initCompareForm();

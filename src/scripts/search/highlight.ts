// Marks a search's terms on a year page reached from a result (`?highlight=bamboo`). Pagefind's
// highlighter is downloaded only then; pages reached any other way load nothing more.
import { HIGHLIGHT_PARAM } from "./query.ts";
import { sitePath } from "../../lib/urls.ts";

const HIGHLIGHTER = sitePath("pagefind/pagefind-highlight.js");

interface PagefindHighlightOptions {
  highlightParam: string;
  markContext: string | null;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}
type PagefindHighlight = new (options: PagefindHighlightOptions) => unknown;

export function highlightSearchTerms(): void {
  if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
  void (async () => {
    const { default: Highlighter } = (await import(/* @vite-ignore */ HIGHLIGHTER)) as { default: PagefindHighlight };
    new Highlighter({
      highlightParam: HIGHLIGHT_PARAM,
      markContext: null,
      markOptions: { className: "search-mark", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
      // Its default adds an inline <style>, which the site's CSP refuses; search.css styles the marks.
      addStyles: false,
    });
    // The highlighter does not scroll: with no section to land on, bring the first mark into view,
    // once the web fonts are in (text set in a fallback font moves when they arrive).
    if (window.location.hash) return;
    await document.fonts.ready;
    document.querySelector(".search-mark")?.scrollIntoView({ block: "center" });
  })();
}

// The header's search field on every page: keyboard shortcuts, and on first use the results list
// (whose code, and Pagefind, are downloaded only then).

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function initSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-site-search]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  if (!form || !input) return;

  // The combobox role is given only where the list can open, i.e. with this script running.
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", "site-search-listbox");

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import("./combobox.ts").then((m) => m.initSearchCombobox(form, input));
  };
  input.addEventListener("focus", start, { once: true });
  input.addEventListener("input", start, { once: true });

  document.addEventListener("keydown", (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const slash = event.key === "/" && !mod && !event.altKey && !isTyping(event.target);
    const k = mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";
    if (!slash && !k) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

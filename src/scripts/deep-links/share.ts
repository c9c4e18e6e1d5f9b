/**
 * Deep links: the `#` after a heading and the `¶ N` after a paragraph share their permanent URL.
 * Where the browser has the Web Share API (phones), they open the system share sheet with the
 * section's title and the link; elsewhere, or if sharing fails, they copy the link, with a visible
 * and announced "Link copied". Following any in-page link marks its target briefly.
 */
export function initDeepLinks(): void {
  const live = liveRegion();
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a.heading-link, a.para-link");
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute("href") ?? "";
    history.pushState(null, "", new URL(href, location.href).href);
    const url = permanentUrl(href);
    const copyIt = () => void copy(url).then((ok) => feedback(link, ok ? "Link copied" : "Copy the address bar", live));
    if (typeof navigator.share !== "function") return copyIt();
    // The reader closing the sheet is an answer, not a failure; anything else falls back to copying.
    navigator.share({ title: sectionTitle(link), url }).catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === "AbortError")) copyIt();
    });
  });
}

/** The title of the section a link belongs to: its heading's words, or the nearest heading above a paragraph. */
function sectionTitle(link: HTMLElement): string {
  let block: Element | null = link.closest("h2, h3, h4, p, li");
  while (block && !/^H[2-4]$/.test(block.tagName)) {
    block = block.previousElementSibling ?? block.parentElement?.closest("section, ol, ul") ?? null;
  }
  const heading = block?.cloneNode(true) as Element | undefined;
  for (const extra of heading?.querySelectorAll("a, button, .copy-feedback") ?? []) extra.remove();
  return heading?.textContent?.trim() || document.title;
}

/**
 * A link's permanent address: resolved against the page's canonical address (site and base, as
 * built), not the address bar, so a copy made on a mirror or a preview still names the edition.
 */
function permanentUrl(href: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(href, canonical ?? location.href).href;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function feedback(link: HTMLElement, message: string, live: HTMLElement): void {
  link.parentElement?.querySelector(".copy-feedback")?.remove();
  const note = document.createElement("span");
  note.className = "copy-feedback";
  note.setAttribute("aria-hidden", "true");
  note.textContent = message;
  link.after(note);
  live.textContent = message;
  window.setTimeout(() => {
    note.remove();
    live.textContent = "";
  }, 2000);
}

function liveRegion(): HTMLElement {
  const region = document.createElement("div");
  region.className = "sr-only";
  region.setAttribute("role", "status");
  document.body.append(region);
  return region;
}

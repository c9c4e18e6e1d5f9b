import type { CiteDialogData } from "../../lib/citation/dialog-data.ts";
import type { CiteDialog } from "./dialog.ts";
import dialogStylesheet from "../../styles/cite-dialog.css?url";
import { headingText } from "./heading-text.ts";

/**
 * Cite: a small "Cite" button beside every heading link and ¶ link, and one under "How to cite",
 * opens one dialog with the citation in Chicago, APA and MLA (./dialog.ts, which reads
 * what is cited from where the button sits). The buttons come with the page; the dialog's code,
 * styles and strings (the year's cite.json, named by How to cite's `data-cite`) are fetched at the
 * first sign that a reader wants them (a pointer over a Cite button, focus on one, a press), and a
 * press made before they arrive opens the dialog once they do. Without script the page's "How to
 * cite" block stands in.
 */
export function initCite(): void {
  const source = document.querySelector<HTMLElement>("[data-cite]")?.dataset["cite"];
  if (!source) return;
  const addButton = (after: Element, kind: string, label?: string, text = "Cite") => {
    const button = document.createElement("button");
    button.className = `cite-button cite-${kind}`;
    button.textContent = text;
    button.type = "button";
    button.dataset["pagefindIgnore"] = "";
    if (label) button.setAttribute("aria-label", label);
    button.setAttribute("aria-haspopup", "dialog");
    after.after(button);
  };
  for (const link of document.querySelectorAll("a.heading-link")) {
    const heading = link.parentElement;
    if (heading?.id) addButton(link, "section", `Cite this section: ${headingText(heading)}`);
  }
  for (const link of document.querySelectorAll("a.para-link")) {
    const number = link.parentElement?.dataset["paragraph"];
    if (link.parentElement?.id && Number(number)) addButton(link, "paragraph", `Cite paragraph ${number}`);
  }
  const styles = document.querySelector(".how-to-cite-styles");
  if (styles) addButton(styles, "review", undefined, "Copy a citation: Chicago, APA, MLA");

  let dialog: Promise<CiteDialog> | undefined;
  /** The latest press still waiting for the dialog: only it opens, once. */
  let waiting: Element | undefined;
  const load = (): Promise<CiteDialog> => {
    if (!dialog) {
      // The stylesheet, the code and the strings come in parallel; the dialog waits for all three
      // (unstyled if its styles fail).
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = dialogStylesheet;
      const styled = new Promise((settle) => (link.onload = link.onerror = settle));
      document.head.append(link);
      const strings = fetch(source).then((response) => {
        if (!response.ok) throw new Error(`${source}: ${response.status}`);
        return response.json() as Promise<CiteDialogData>;
      });
      dialog = Promise.all([import("./dialog.ts"), strings, styled]).then(([module, data]) =>
        module.createCiteDialog(data),
      );
      // A failed fetch (the reader went offline) is tried again at the next press.
      dialog.catch(() => (dialog = undefined));
    }
    return dialog;
  };
  const citeButtonAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLButtonElement>("button.cite-button") : null;
  const prepare = (event: Event) => void (citeButtonAt(event.target) && load().catch(() => undefined));
  document.addEventListener("pointerover", prepare);
  document.addEventListener("focusin", prepare);
  document.addEventListener("click", (event) => {
    const button = citeButtonAt(event.target);
    if (!button) return;
    waiting = button;
    load().then(
      (opened) => waiting === button && opened.show(button),
      // No dialog without its code: the page's own "How to cite" block is the citation.
      () => waiting === button && document.querySelector(".how-to-cite")?.scrollIntoView(),
    );
  });
}

import type { CiteDialogData } from "../../lib/citation/dialog-data.ts";
import { fillTemplate, type CitationTarget } from "../../lib/citation/fill-citation.ts";
import { plainText, richHtml, type RichText } from "../../lib/citation/rich-text.ts";
import { headingText } from "./heading-text.ts";

/** What a Cite button cites: the heading or paragraph it sits in, or the whole review. */
function citedBy(button: Element): CitationTarget {
  const block = button.parentElement;
  if (!block || button.classList.contains("cite-review")) return { kind: "review" };
  if (button.classList.contains("cite-section")) return { kind: "section", id: block.id, title: headingText(block) };
  return { kind: "paragraph", id: block.id, number: Number(block.dataset["paragraph"]) };
}

/** The first words of a paragraph, so the reader sees which one is cited. */
function opening(id: string): string {
  const block = document.getElementById(id)?.cloneNode(true) as Element | undefined;
  for (const extra of block?.querySelectorAll("a.para-link, button, .copy-feedback, sup, [popover]") ?? [])
    extra.remove();
  const words = block?.textContent?.trim() ?? "";
  return words.length > 140 ? `${words.slice(0, 140).replace(/\s+\S*$/, "")}…` : words;
}

export interface CiteDialog {
  /** Shows the citation for this button; the dialog returns focus to it on closing. */
  show(button: HTMLElement): void;
}

interface Format {
  name: string;
  /** What is copied; rich text is copied as HTML too, so italics survive pasting. */
  value: (target: CitationTarget) => RichText | string;
  code?: boolean;
}

/** A form's string for a target: the review's own, or the template with the place put in. */
function formFor(data: CiteDialogData, key: string, target: CitationTarget): RichText {
  const placed = target.kind === "review" ? undefined : data.templates[target.kind][key];
  return placed ? fillTemplate(placed, target) : (data.templates.review[key] ?? []);
}

/**
 * The Cite dialog, fetched when a reader first reaches for a Cite button (./buttons.ts): one dialog
 * for every button, with the citation of a section, a paragraph or the whole review in Chicago
 * (note, short note, bibliography), APA and MLA (entry, in-text), each with its own Copy button,
 * and links to the RIS, BibTeX and CSL-JSON files. Its styles are cite-dialog.css, which buttons.ts
 * fetches alongside. Every string was made at build time by citeproc-js and comes in the year's
 * cite.json, which buttons.ts fetches too; the dialog only puts in the paragraph's number or the
 * section's title.
 */
export function createCiteDialog(data: CiteDialogData): CiteDialog {
  const anchored = (target: CitationTarget) => (target.kind === "review" ? data.url : `${data.url}#${target.id}`);
  const formats: Format[] = [
    ...data.forms.map(({ key, label }) => ({ name: label, value: (t: CitationTarget) => formFor(data, key, t) })),
    { name: "Permanent link", value: anchored, code: true },
  ];
  const dialog = el("dialog", "cite-dialog");
  dialog.setAttribute("aria-labelledby", "cite-dialog-title");
  dialog.dataset["pagefindIgnore"] = "all";
  const body = el("div", "cite-dialog-body");
  const head = el("div", "cite-dialog-head");
  const title = el("h2", "cite-dialog-title");
  title.id = "cite-dialog-title";
  const close = el("button", "cite-dialog-close", ["Close"]);
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  head.append(title, close);
  const what = el("p", "cite-dialog-what");
  const status = el("p", "sr-only");
  status.setAttribute("role", "status");
  body.append(head, what);

  let current: CitationTarget = { kind: "review" };
  const fills: ((target: CitationTarget) => void)[] = [];
  formats.forEach((format, i) => {
    const block = el("section", "cite-format");
    const label = el("h3", "cite-format-name");
    label.id = `cite-format-${i}`;
    label.textContent = format.name;
    const copyButton = el("button", "cite-copy", ["Copy"]);
    copyButton.id = `cite-copy-${i}`;
    copyButton.type = "button";
    copyButton.setAttribute("aria-labelledby", `${copyButton.id} ${label.id}`);
    if (i === 0) copyButton.autofocus = true;
    const text = el(format.code ? "pre" : "p", "cite-text");
    block.append(el("div", "cite-format-head", [label, copyButton]), text);
    body.append(block);
    fills.push((target) => {
      const value = format.value(target);
      text.replaceChildren(...(typeof value === "string" ? [value] : runs(value)));
    });
    copyButton.addEventListener("click", () => {
      const value = format.value(current);
      void copy(value).then((ok) => {
        copyButton.textContent = ok ? "Copied" : "Select and copy";
        status.textContent = ok
          ? `${format.name} copied`
          : `Copying failed: the ${format.name} text is selected; copy it yourself`;
        if (!ok) getSelection()?.selectAllChildren(text);
        window.setTimeout(() => {
          copyButton.textContent = "Copy";
          status.textContent = "";
        }, 2000);
      });
    });
  });
  const files = el("p", "cite-extra", ["For a reference manager: "]);
  data.files.forEach((file, i) => {
    const link = el("a", "", [file.name]);
    link.href = file.href;
    link.type = file.type;
    link.download = file.download;
    files.append(...(i > 0 ? [" · ", link] : [link]));
  });
  if (data.note) body.append(el("p", "cite-extra", [data.note]));
  body.append(files, status);
  dialog.append(body);
  document.body.append(dialog);

  let opener: HTMLElement | undefined;
  dialog.addEventListener("close", () => opener?.focus());
  // A click on the backdrop (the dialog box itself, outside its body) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });

  return {
    show(from) {
      const target = citedBy(from);
      current = target;
      opener = from;
      title.textContent =
        target.kind === "section"
          ? "Cite this section"
          : target.kind === "paragraph"
            ? `Cite paragraph ${target.number}`
            : "Cite this review";
      what.textContent =
        target.kind === "section" ? `“${target.title}”` : target.kind === "paragraph" ? opening(target.id) : data.title;
      for (const fill of fills) fill(target);
      // Two presses before the code arrived show the citation once.
      if (!dialog.open) dialog.showModal();
    },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function runs(text: RichText): Node[] {
  return text.map((run) => (typeof run === "string" ? document.createTextNode(run) : el("i", "", [run.em])));
}

async function copy(value: RichText | string): Promise<boolean> {
  const text = typeof value === "string" ? value : plainText(value);
  try {
    if (typeof value !== "string" && "ClipboardItem" in window) {
      const item = new ClipboardItem({
        "text/plain": new Blob([text], { type: "text/plain" }),
        "text/html": new Blob([richHtml(value)], { type: "text/html" }),
      });
      await navigator.clipboard.write([item]).catch(() => navigator.clipboard.writeText(text));
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    return false;
  }
}

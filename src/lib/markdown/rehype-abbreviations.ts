import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { Abbreviation } from "../name-index/abbreviations.ts";
import { formSource, WORD_AFTER, WORD_BEFORE } from "../name-index/forms.ts";

export interface AbbreviationOptions {
  /** The abbreviations to expand; by default those of the index of names (content/index/). */
  abbreviations: () => readonly Abbreviation[];
  /** Unread here: the index's digest, for Astro's cache of rendered reviews to see (pipeline.ts). */
  nameIndexDigest?: string;
}

/** Where no expansion is added: headings (their words make ids and the contents), links, notes' numbers. */
const SKIPPED = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "a", "sup", "abbr", "code"]);

/**
 * The first use of each abbreviation in a review becomes `<abbr>` carrying its expansion: in a
 * words a reader sees on focus or a tap and a screen reader reads in place. The
 * expansion is the edition's apparatus (`data-pagefind-ignore`: not searched, not the text); one
 * the reviews do not print says it is the editors'. Where the text prints the expansion just
 * before ("International Law Commission (ILC)") only the `title` is added.
 */
export function rehypeAbbreviations(options: AbbreviationOptions) {
  return (tree: Root) => {
    const abbreviations = [...options.abbreviations()].sort((a, b) => b.form.length - a.form.length);
    if (!abbreviations.length) return;
    const byForm = new Map(abbreviations.map((a) => [a.form, a]));
    const pattern = new RegExp(
      `${WORD_BEFORE}(?:${abbreviations.map((a) => formSource(a.form)).join("|")})${WORD_AFTER}`,
      "gu",
    );
    const used = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === "element" && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type !== "text" || !parent || index === undefined) return;
      const parts = expandFirstUses(node, pattern, byForm, used);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

function expandFirstUses(
  node: Text,
  pattern: RegExp,
  byForm: Map<string, Abbreviation>,
  used: Set<string>,
): ElementContent[] | undefined {
  const text = node.value;
  const parts: ElementContent[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const abbreviation = byForm.get(m[0].replace(/\s+/g, " "));
    if (!abbreviation || used.has(abbreviation.form)) continue;
    used.add(abbreviation.form);
    if (m.index > at) parts.push({ type: "text", value: text.slice(at, m.index) });
    const before = text.slice(0, m.index).toLowerCase();
    parts.push(abbr(m[0], abbreviation, before.endsWith(`${abbreviation.expansion.toLowerCase()} (`)));
    at = m.index + m[0].length;
  }
  if (!parts.length) return undefined;
  if (at < text.length) parts.push({ type: "text", value: text.slice(at) });
  return parts;
}

function abbr(printed: string, { expansion, editorial }: Abbreviation, expandedInText: boolean): Element {
  const title = editorial ? `${expansion} — the editors’ expansion` : expansion;
  if (expandedInText)
    return { type: "element", tagName: "abbr", properties: { title }, children: [{ type: "text", value: printed }] };
  // No title here: the expansion is in the element's own words, and would be read twice.
  return {
    type: "element",
    tagName: "abbr",
    properties: { className: ["abbr"], tabIndex: 0 },
    children: [
      { type: "text", value: printed },
      {
        type: "element",
        tagName: "span",
        properties: { className: ["abbr-expansion"], dataPagefindIgnore: "" },
        children: [{ type: "text", value: ` (${title})` }],
      },
    ],
  };
}

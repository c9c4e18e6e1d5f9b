import { parse, type DefaultTreeAdapterTypes } from "parse5";

/**
 * The characters a built site can put on screen, gathered so that its font carries exactly their
 * glyphs. Pure: strings in, code points out.
 */

/** Attributes whose values a reader sees (a placeholder, a button's value, a tooltip, alt text). */
const SHOWN_ATTRIBUTES = new Set(["alt", "title", "placeholder", "value", "label"]);

/** Elements whose text is never drawn in the page (the title shows in a tab, in the system's font). */
const UNSHOWN_ELEMENTS = new Set(["script", "style", "template", "head"]);

/**
 * Code points of the text a page shows: its text nodes and shown attributes, never its scripts.
 * The page is parsed as a browser without JavaScript parses it, so that a `<noscript>`'s text is
 * text (parse5, the parser under hast-util-from-html, with its options), and parse5's own tree is
 * walked: the font cut reads every built page, and making a hast tree with positions of each cost
 * three times as much at 100 years (3.7 against 1.2 s).
 */
export function charactersOfHtml(html: string, into = new Set<number>()): Set<number> {
  const pending: DefaultTreeAdapterTypes.ChildNode[] = [...parse(html, { scriptingEnabled: false }).childNodes];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeName === "#text") addText((node as DefaultTreeAdapterTypes.TextNode).value, into);
    else if ("tagName" in node && !UNSHOWN_ELEMENTS.has(node.tagName)) {
      for (const attribute of node.attrs)
        if (!attribute.prefix && SHOWN_ATTRIBUTES.has(attribute.name)) addText(attribute.value, into);
      pending.push(...node.childNodes);
    }
  }
  return into;
}

/** Code points of the strings a stylesheet draws with `content: "…"` (a ¶, a quotation mark). */
export function charactersOfCss(css: string, into = new Set<number>()): Set<number> {
  for (const match of css.matchAll(/content:\s*((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}])+)/g)) {
    for (const literal of (match[1] ?? "").matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g))
      addText(unescapeCss(literal[1] ?? literal[2] ?? ""), into);
  }
  return into;
}

/**
 * Characters a script may show: the non-ASCII characters of its text (its messages' quotation marks,
 * ellipses, dashes). Its ASCII is mostly code, and the letters and digits its messages use are on
 * every page already.
 */
export function charactersOfScript(js: string, into = new Set<number>()): Set<number> {
  for (const char of js) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x7e) into.add(code);
  }
  for (const escape of js.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g))
    into.add(parseInt(escape[1] ?? escape[2] ?? "0", 16));
  return into;
}

/** Every character of a published text (the compare parts' JSON), which a script will show. */
export function charactersOfText(text: string, into = new Set<number>()): Set<number> {
  addText(text, into);
  return into;
}

function addText(text: string, into: Set<number>): void {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Controls and whitespace other than the space draw nothing.
    if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) into.add(code);
  }
}

function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_m, hex: string | undefined, other: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : (other ?? ""),
  );
}

/** `U+20-7E,U+A0,U+1EC5`: code points as a CSS unicode-range, runs joined. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const [from, to] = [sorted[i] ?? 0, sorted[j] ?? 0];
    runs.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
    i = j + 1;
  }
  return runs.join(",");
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** Whether a code point is in a CSS unicode-range (`U+0-FF, U+1EA0-1EF9, U+4??`); no range is everything. */
export function inUnicodeRange(range: string | undefined): (code: number) => boolean {
  if (range === undefined) return () => true;
  const spans = range.split(",").map((part) => {
    const [from = "", to] = part.trim().replace(/^U\+/i, "").split("-");
    if (from.includes("?")) return [parseInt(from.replace(/\?/g, "0"), 16), parseInt(from.replace(/\?/g, "F"), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
  return (code) => spans.some(([low = 0, high = -1]) => code >= low && code <= high);
}

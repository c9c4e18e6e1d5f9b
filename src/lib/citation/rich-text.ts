/**
 * A citation as text with italic runs: enough for the titles of periodicals and editions, so the
 * periodical keeps its italics when pasted. Made at build time from citeproc-js's HTML; the Cite
 * dialog only shows and copies it.
 */
export type RichText = readonly (string | { em: string })[];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** citeproc-js's HTML (italics only, in a `csl-entry` div or bare) → rich text; any other markup is refused. */
export function fromCslHtml(html: string): RichText {
  const inner = html
    .trim()
    .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, "$1")
    .trim();
  const runs: (string | { em: string })[] = [];
  for (const [index, part] of inner.split(/<i>([\s\S]*?)<\/i>/).entries()) {
    if (/<[a-z/]/i.test(part))
      throw new Error(`citeproc-js wrote markup this edition does not carry: ${part} (in ${html})`);
    const text = decodeEntities(part);
    if (text) runs.push(index % 2 === 1 ? { em: text } : text);
  }
  return runs;
}

export function plainText(text: RichText): string {
  return text.map((run) => (typeof run === "string" ? run : run.em)).join("");
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function richHtml(text: RichText): string {
  return text.map((run) => (typeof run === "string" ? escapeHtml(run) : `<i>${escapeHtml(run.em)}</i>`)).join("");
}

/** Each run with `from` replaced by `to` (a placeholder filled in, a name bracketed). */
export function replaceInRuns(text: RichText, from: string, to: string): RichText {
  return text.map((run) => (typeof run === "string" ? run.replaceAll(from, to) : { em: run.em.replaceAll(from, to) }));
}

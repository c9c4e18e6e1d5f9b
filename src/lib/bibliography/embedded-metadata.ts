import { onlineDate, type ReviewRecord } from "./review-record.ts";

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A review page's Highwire Press tags, which Google Scholar asks for and Zotero's Embedded Metadata
 * translator reads (a `citation_journal_title` makes a Journal Article): the author in the comma form,
 * which alone splits a family-first name right; the print issue's month as the publication date.
 * No Dublin Core: it adds nothing here, and Zotero reads `DC.source` as the periodical's title.
 */
export function embeddedMetadata(record: ReviewRecord): MetaTag[] {
  const { name } = record.author;
  const [year, month, day] = onlineDate(record);
  const tags: [string, string | undefined][] = [
    ["citation_title", record.title],
    ["citation_author", name ? `${name.family}, ${name.given}` : undefined],
    ["citation_journal_title", record.container],
    ["citation_issue", String(record.issue)],
    ["citation_publication_date", `${record.issued.year}/${pad(record.issued.month)}`],
    ["citation_online_date", `${year}/${pad(month)}/${pad(day)}`],
    ["citation_language", record.language],
    ["citation_fulltext_html_url", record.url],
  ];
  return tags.flatMap(([tagName, content]) => (content === undefined ? [] : [{ name: tagName, content }]));
}

/**
 * A COinS span's ContextObject (OpenURL 1.0, KEV journal format), for the home page, where each
 * review's span lets Zotero's COinS translator offer the reviews to save together.
 */
export function coinsContextObject(record: ReviewRecord): string {
  const { name } = record.author;
  const pairs: [string, string | undefined][] = [
    ["ctx_ver", "Z39.88-2004"],
    ["rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"],
    ["rft.genre", "article"],
    ["rft.atitle", record.title],
    ["rft.jtitle", record.container],
    ["rft.issue", String(record.issue)],
    ["rft.date", `${record.issued.year}-${pad(record.issued.month)}`],
    ["rft.aulast", name?.family],
    ["rft.aufirst", name?.given],
    ["rft.language", record.language],
    ["rft_id", record.url],
  ];
  return pairs
    .flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${encodeURIComponent(value)}`]))
    .join("&");
}

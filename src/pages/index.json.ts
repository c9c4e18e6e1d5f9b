import { siteNameIndex } from "../lib/name-index/site-index.ts";
import { indexJson } from "../lib/name-index/index-json.ts";
import { mentionPage } from "../lib/name-index/index-links.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** `index.json`: the index of names, every entry with every mention and its address. */
export async function GET() {
  const { records } = await siteNameIndex();
  const json = indexJson(records, absoluteUrl, (year, anchor, words) => absoluteUrl(mentionPage(year, anchor, words)));
  return new Response(JSON.stringify(json, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

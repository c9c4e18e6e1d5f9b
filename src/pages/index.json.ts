import { siteNameIndex } from "../lib/name-index/site-index.ts";
import { indexJson } from "../lib/name-index/index-json.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** `index.json`: the index of names, every entry, its counts and the passages that mention it, per year. */
export async function GET() {
  const { records } = await siteNameIndex();
  return new Response(JSON.stringify(indexJson(records, absoluteUrl)) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

import { siteNameIndex } from "../../lib/name-index/site-index.ts";
import { nameLookup } from "../../lib/name-index/index-json.ts";
import { KIND_LABELS } from "../../lib/schema/name-index.ts";

/** `index/lookup.json`: the names search knows (src/scripts/search/names.ts fetches it when a search runs). */
export async function GET() {
  const { records } = await siteNameIndex();
  const kinds = Object.fromEntries(Object.entries(KIND_LABELS).map(([k, v]) => [k, v.one]));
  return new Response(JSON.stringify({ kinds, entries: nameLookup(records) }) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

// Records the anchors each built year page publishes in content/anchors/<year>.json (run after a build).
// Existing anchors are kept: an anchor that disappeared needs an alias, not a silent removal.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mergeManifest, publishedAnchors, type AnchorManifest } from "../src/lib/anchors/published-anchors.ts";

const years = readdirSync("content/reviews")
  .map((f) => /^(\d{4})\.md$/.exec(f)?.[1])
  .filter((y): y is string => Boolean(y));

for (const year of years) {
  const html = join("dist", year, "index.html");
  if (!existsSync(html)) {
    console.error(`${html}: not built (run \`npm run build\` first)`);
    process.exit(1);
  }
  const target = join("content/anchors", `${year}.json`);
  const existing = existsSync(target) ? (JSON.parse(readFileSync(target, "utf8")) as AnchorManifest) : undefined;
  const manifest = mergeManifest(existing, `/${year}/`, publishedAnchors(readFileSync(html, "utf8")));
  writeFileSync(target, JSON.stringify(manifest, null, 2) + "\n");
  console.log(`${target}: ${manifest.ids.length} anchors`);
}

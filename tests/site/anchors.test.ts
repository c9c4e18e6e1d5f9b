import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { publishedAnchors, type AnchorManifest } from "../../src/lib/anchors/published-anchors.ts";

const manifests = readdirSync("content/anchors")
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join("content/anchors", f), "utf8")) as AnchorManifest);

describe.each(manifests)("the anchors of $page", ({ page, ids }) => {
  const html = readFileSync(join("dist", page, "index.html"), "utf8");
  const onPage = new Set(publishedAnchors(html));

  test("every anchor ever published still exists (renamed ones through anchorAliases)", () => {
    const missing = ids.filter((id) => !onPage.has(id));
    expect(missing, `gone from ${page}: give each an alias in the review's frontmatter anchorAliases`).toEqual([]);
  });

  test("every anchor on the page is recorded in the manifest (npm run anchors)", () => {
    const unrecorded = [...onPage].filter((id) => !ids.includes(id));
    expect(unrecorded, `new on ${page}: run \`npm run build && npm run anchors\` and commit content/anchors/`).toEqual(
      [],
    );
  });
});

test("every review has an anchor manifest", () => {
  const years = readdirSync("content/reviews").filter((f) => /^\d{4}\.md$/.test(f));
  for (const f of years) expect(existsSync(join("content/anchors", f.replace(".md", ".json"))), f).toBe(true);
});

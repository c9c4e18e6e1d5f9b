import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { publishedAnchors } from "../../src/lib/anchors/published-anchors.ts";
import type { IndexJson } from "../../src/lib/name-index/index-json.ts";
import { DIST } from "./built-pages.ts";

const indexJson = () => JSON.parse(readFileSync(join(DIST, "index.json"), "utf8")) as IndexJson;

test("index.json lists every entry with a page, and every passage it names is an anchor of its year page", () => {
  const { entries } = indexJson();
  expect(entries.length).toBeGreaterThan(50);
  const anchors = new Map<number, Set<string>>();
  for (const entry of entries) {
    expect(existsSync(join(DIST, "index", entry.slug, "index.html")), entry.slug).toBe(true);
    expect(entry.count).toBe(entry.years.reduce((n, y) => n + y.count, 0));
    for (const { year, count, passages } of entry.years) {
      expect(passages.length).toBeGreaterThan(0);
      expect(passages.length).toBeLessThanOrEqual(count);
      let ids = anchors.get(year);
      if (!ids) {
        ids = new Set(publishedAnchors(readFileSync(join(DIST, String(year), "index.html"), "utf8")));
        anchors.set(year, ids);
      }
      for (const id of passages) expect(ids.has(id), `${entry.slug}: /${year}/#${id}`).toBe(true);
    }
  }
});

test("an entry's page links each mention to its paragraph with the mention's words to mark", () => {
  const html = readFileSync(join(DIST, "index", "laos", "index.html"), "utf8");
  expect(html).toContain('href="/2022/?highlight=Laos#p-7"');
  expect(html).toContain("<mark>Laos</mark>");
});

test("the editors' additions are marked in index.json: expansions and the author", () => {
  const { entries } = indexJson();
  const asean = entries.find((e) => e.slug === "asean");
  expect(asean?.expansion).toEqual({ text: "Association of Southeast Asian Nations", editorial: true });
  const aipa = entries.find((e) => e.slug === "aipa");
  expect(aipa?.expansion).toEqual({ text: "ASEAN Inter-Parliamentary Assembly", editorial: false });
  const author = entries.find((e) => e.slug === "bui-thanh-son");
  expect(author).toMatchObject({ editorial: true, count: 0, authorOf: [2022, 2021] });
});

test("search's lookup of names stays small (it is fetched with the first search)", () => {
  const lookup = readFileSync(join(DIST, "index", "lookup.json"));
  expect(gzipSync(lookup).length).toBeLessThan(5_000);
});

test("a year page carries no index data beyond its abbreviations' markup", () => {
  const html = readFileSync(join(DIST, "2021", "index.html"), "utf8");
  expect(html).not.toContain("lookup.json");
  expect(html.match(/<abbr/g)?.length ?? 0).toBeLessThan(20);
});

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { reviewAsStarlightPage } from "../../../bench/lib/starlight-site.ts";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";

const review2021 = readFileSync("content/reviews/2021.md", "utf8");

test("a review becomes a Starlight page with its title, its lead first, and its captions as words", () => {
  const { year, page } = reviewAsStarlightPage(review2021);
  const { yaml, body } = splitFrontmatter(page);
  const data = parse(yaml) as { title: string; description: string };
  expect(year).toBe(2021);
  expect(data.title).toMatch(/^Viet Nam’s diplomatic highlights in 2021/);
  expect(body.trimStart().startsWith(data.description)).toBe(true);
  expect(body).not.toContain("::caption");
  expect(body).toContain("_Politburo member, Prime Minister Pham Minh Chinh congratulating");
  expect(body).toContain(
    "(The Ministry of Foreign Affairs receiving 2.6 million doses of AstraZeneca from the Federal Republic of Germany) Photo: VNA_",
  );
  // The notes stay footnotes, which Starlight renders as ours does.
  expect(body).toContain("[^2]: Net zero");
});

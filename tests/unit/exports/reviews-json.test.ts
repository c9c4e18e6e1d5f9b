import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { expect, test } from "vitest";
import { splitFrontmatter } from "../../../src/lib/importer/read-review-markdown.ts";
import { reviewsJson, reviewsJsonSchema, ReviewsJsonSchema } from "../../../src/lib/exports/reviews-json.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";
import { SITE_NAME } from "../../../src/lib/site.ts";
import { PLACEHOLDER_SITE_URL as SITE_URL } from "../../../src/lib/site-address.ts";

const { yaml } = splitFrontmatter(readFileSync("tests/fixtures/reviews/2099.md", "utf8"));
const data = ReviewFrontmatterSchema.parse(parseYaml(yaml));
const outline = [
  { depth: 2, id: "world-enters-new-phase", text: "World enters new phase", point: false },
  { depth: 3, id: "firstly-firmly", text: "Firstly, firmly consolidating the diplomatic position.", point: true },
] as const;

test("reviews.schema.json is the JSON Schema generated from the zod schema (update with `vitest -u`)", async () => {
  const schema = reviewsJsonSchema(`${SITE_URL}/reviews.schema.json`);
  await expect(JSON.stringify(schema, null, 2) + "\n").toMatchFileSnapshot("./reviews.schema.json");
});

test("a review's entry: metadata, downloads and every section with its permanent address", () => {
  const json = reviewsJson([{ data, outline }], { name: SITE_NAME, url: `${SITE_URL}/` });
  expect(ReviewsJsonSchema.parse(json)).toEqual(json);
  expect(json.schemaVersion).toBe(1);
  expect(json.$schema).toBe(`${SITE_URL}/reviews.schema.json`);
  const [review] = json.reviews;
  expect(review?.url).toBe(`${SITE_URL}/2099/`);
  expect(review?.author).toEqual({ name: "Test Author", nameIsEditorial: true, role: data.author.role });
  expect(review?.source).toEqual({
    publication: "Communist Review",
    issue: 9999,
    issueDate: "January 2100",
    url: "https://example.org/synthetic",
  });
  expect(review?.downloads).toEqual({ text: `${SITE_URL}/2099.txt`, markdown: `${SITE_URL}/2099.md` });
  expect(review?.sections[1]).toEqual({
    id: "firstly-firmly",
    title: "Firstly, firmly consolidating the diplomatic position.",
    url: `${SITE_URL}/2099/#firstly-firmly`,
    depth: 3,
    point: true,
  });
});

test("the schema refuses an entry with a field it does not know, or a section without an address", () => {
  const json = reviewsJson([{ data, outline }], { name: SITE_NAME, url: `${SITE_URL}/` });
  expect(ReviewsJsonSchema.safeParse({ ...json, extra: 1 }).success).toBe(false);
  const broken = structuredClone(json);
  delete (broken.reviews[0]?.sections[0] as { url?: string }).url;
  expect(ReviewsJsonSchema.safeParse(broken).success).toBe(false);
});

test("under a sub-path every address carries site and base", () => {
  const json = reviewsJson([{ data, outline }], { name: SITE_NAME, url: "https://reviews.example.net/diplomacy/" });
  expect(json.$schema).toBe("https://reviews.example.net/diplomacy/reviews.schema.json");
  expect(json.site.url).toBe("https://reviews.example.net/diplomacy/");
  expect(json.reviews[0]?.downloads.text).toBe("https://reviews.example.net/diplomacy/2099.txt");
  expect(json.reviews[0]?.sections[0]?.url).toBe("https://reviews.example.net/diplomacy/2099/#world-enters-new-phase");
});

import { describe, expect, test } from "vitest";
import { readIndexFile, type IndexEntry } from "../../../src/lib/name-index/index-files.ts";
import { buildNameIndex } from "../../../src/lib/name-index/name-index.ts";
import { IndexError } from "../../../src/lib/name-index/index-error.ts";
import type { IndexedReview } from "../../../src/lib/name-index/index-texts.ts";

const review: IndexedReview = {
  year: 2022,
  file: "content/reviews/2022.md",
  passages: [
    { anchor: "p-1", label: "¶ 1", spoken: "paragraph 1", text: "Vietnam was elected to the UN Human Rights Council." },
    { anchor: "p-2", label: "¶ 2", spoken: "paragraph 2", text: "Leaders visited Laos. Laos and Cambodia replied." },
  ],
};

const yaml = (entries: string) => `kind: place\nentries:\n${entries}`;
const entries = (text: string, file = "content/index/places.yaml"): IndexEntry[] => readIndexFile(text, file);

function refusal(run: () => unknown): IndexError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndexError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("the index refuses bad data, naming the file, the line and the form", () => {
  test("an alias shared by two entries", () => {
    const data = entries(
      yaml(
        "  - slug: viet-nam\n    heading: Viet Nam\n    forms: [Viet Nam]\n" +
          "  - slug: vietnam-too\n    heading: Vietnam\n    forms: [Vietnam]\n",
      ),
    );
    const error = refusal(() => buildNameIndex(data, [review]));
    expect(error.message).toMatch(/^content\/index\/places\.yaml:6: the form "Vietnam" of "vietnam-too"/);
    expect(error.message).toContain(`also a form of "viet-nam" (content/index/places.yaml:3)`);
  });

  test("an entry nothing mentions", () => {
    const data = entries(yaml("  - slug: japan\n    heading: Japan\n    forms: [Japan]\n"));
    const error = refusal(() => buildNameIndex(data, [review]));
    expect(error.file).toBe("content/index/places.yaml");
    expect(error.line).toBe(3);
    expect(error.message).toContain(`no review mentions "japan" by any of its forms: "Japan"`);
  });

  test("an entry whose only form stands inside a longer name: the longer name takes the mention", () => {
    const data = entries(
      yaml(
        "  - slug: un\n    heading: United Nations\n    forms: [UN]\n" +
          "  - slug: hrc\n    heading: UN Human Rights Council\n    forms: [UN Human Rights Council]\n",
      ),
    );
    expect(refusal(() => buildNameIndex(data, [review])).message).toContain(`no review mentions "un"`);
    const wider = entries(
      yaml(
        "  - slug: un\n    heading: United Nations\n    forms: [UN]\n" +
          "  - slug: hrc\n    heading: UN Human Rights Council\n    broader: un\n    forms: [UN Human Rights Council]\n",
      ),
    );
    const [un] = buildNameIndex(wider, [review]);
    expect(un?.count).toBe(0);
    expect(un?.narrower.map((e) => e.slug)).toEqual(["hrc"]);
  });

  test("a person's style whose quote is not in that year's review", () => {
    const data = entries(
      "kind: person\nentries:\n  - slug: laos\n    heading: Laos\n    forms: [Laos]\n" +
        "    styles:\n      - { year: 2022, quote: the Lao PDR }\n",
      "content/index/people.yaml",
    );
    expect(refusal(() => buildNameIndex(data, [review])).message).toMatch(
      /^content\/index\/people\.yaml:3: the style "the Lao PDR" of "laos" is not in the text of the 2022 review/,
    );
  });

  test("a field the schema does not know, at its line", () => {
    const error = refusal(() =>
      entries(yaml("  - slug: laos\n    heading: Laos\n    forms: [Laos]\n    alias: Lao\n")),
    );
    expect(error.message).toMatch(/^content\/index\/places\.yaml:3: entries\.0: .*"alias"/);
  });

  test("YAML that does not parse, at its line", () => {
    const error = refusal(() => entries("kind: place\nentries:\n  - slug: [laos\n"));
    expect(error.message).toMatch(/^content\/index\/places\.yaml:\d+: not valid YAML/);
  });

  test("an author entry the reviews do not print stands, as the editors' addition", () => {
    const data = entries(
      "kind: person\nentries:\n  - slug: author\n    heading: Bùi Thanh Sơn\n    editorial: true\n    forms: []\n",
    );
    const [author] = buildNameIndex(data, [{ ...review, editorialAuthor: "Bùi Thanh Sơn" }]);
    expect(author?.authorOf).toEqual([2022]);
    expect(refusal(() => buildNameIndex(data, [review])).message).toContain(`no review mentions "author"`);
  });
});

test("mentions are counted, grouped by sentence, and marked in it", () => {
  const data = entries(yaml("  - slug: laos\n    heading: Laos\n    forms: [Laos]\n"));
  const [laos] = buildNameIndex(data, [review]);
  expect(laos?.count).toBe(2);
  expect(laos?.years[0]?.sentences.map((s) => [s.anchor, s.sentence, s.marks])).toEqual([
    ["p-2", "Leaders visited Laos.", [[16, 20]]],
    ["p-2", "Laos and Cambodia replied.", [[0, 4]]],
  ]);
});

import { describe, expect, test } from "vitest";
import { readIndexFile } from "../../../src/lib/name-index/index-files.ts";
import type { IndexedReview } from "../../../src/lib/name-index/index-texts.ts";
import { markedSegments } from "../../../src/lib/name-index/marked-segments.ts";
import { mentionParagraphs, type MentionParagraph } from "../../../src/lib/name-index/mention-paragraphs.ts";
import { buildNameIndex } from "../../../src/lib/name-index/name-index.ts";

const long =
  "and the delegations of many partners met for several days of talks on trade, investment, labour and climate";
const review: IndexedReview = {
  year: 2022,
  file: "content/reviews/2022.md",
  passages: [
    { anchor: "p-1", label: "¶ 1", spoken: "paragraph 1", text: "Leaders visited Laos. Laos and Cambodia replied." },
    {
      anchor: "p-2",
      label: "¶ 2",
      spoken: "paragraph 2",
      text: `Laos hosted the talks. Nothing else was said. Then Laos signed, ${long}, ${long}.`,
    },
    { anchor: "p-3", label: "¶ 3", spoken: "paragraph 3", text: "Cambodia and Laos spoke." },
  ],
};
const laos = readIndexFile(
  "kind: place\nentries:\n  - slug: laos\n    heading: Laos\n    forms: [Laos]\n",
  "places.yaml",
);

/** A paragraph's line as the entry page prints it, marks in brackets. */
function line(paragraph: MentionParagraph): string {
  return paragraph.parts
    .map(
      ({ window: w, before }) =>
        before +
        (w.cutBefore ? "… " : "") +
        markedSegments(w.text, w.marks)
          .map((s) => (s.marked ? `[${s.text}]` : s.text))
          .join("") +
        (w.cutAfter ? " …" : ""),
    )
    .join("");
}

describe("an entry's mentions, a paragraph at a time", () => {
  const [record] = buildNameIndex(laos, [review]);
  const paragraphs = mentionParagraphs(record?.years[0]?.sentences ?? []);

  test("one line per paragraph, in reading order, each linking its paragraph with every mention's words", () => {
    expect(paragraphs.map((p) => p.anchor)).toEqual(["p-1", "p-2", "p-3"]);
    expect(paragraphs.map((p) => p.words)).toEqual([["Laos", "Laos"], ["Laos", "Laos"], ["Laos"]]);
    expect(record?.years[0]?.count).toBe(5);
  });

  test("sentences that follow each other read as the paragraph prints them", () => {
    expect(line(paragraphs[0] as MentionParagraph)).toBe("Leaders visited [Laos]. [Laos] and Cambodia replied.");
  });

  test("a sentence left out between two, or words cut from one, stand as a single ellipsis", () => {
    const text = line(paragraphs[1] as MentionParagraph);
    expect(text).toMatch(/^\[Laos\] hosted the talks\. … Then \[Laos\] signed, and the delegations .* …$/);
    expect(text).not.toContain("… …");
    expect(text).not.toContain("Nothing else");
  });
});

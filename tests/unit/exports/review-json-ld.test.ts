import { expect, test } from "vitest";
import { reviewRecord } from "../../../src/lib/bibliography/review-record.ts";
import { jsonInHtml } from "../../../src/lib/exports/json-in-html.ts";
import { reviewJsonLd } from "../../../src/lib/exports/review-json-ld.ts";
import { ReviewFrontmatterSchema } from "../../../src/lib/schema/review.ts";

const EDITION = { url: "https://diplomacy-reviews.example.org/", name: "Viet Nam’s Diplomacy, Year by Year" };
const data = ReviewFrontmatterSchema.parse({
  title: "Vietnams 2022 diplomatic landmarks",
  year: 2022,
  author: {
    name: "Bùi Thanh Sơn",
    family: "Bùi",
    given: "Thanh Sơn",
    nameIsEditorial: true,
    role: "Minister of Foreign Affairs",
  },
  published: "2024-01-08T08:55:00+07:00",
  lead: "Communist Review - In 2022 …",
  source: {
    publication: "Communist Review",
    issue: 1006,
    issueDate: "January 2023",
    url: "https://example.org/original",
  },
});

test("a ScholarlyArticle in a PublicationIssue of the Periodical, by a Person with family and given names", () => {
  const ld = reviewJsonLd(reviewRecord(data, EDITION), "In 2022 …");
  expect(ld).toEqual({
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: "Vietnams 2022 diplomatic landmarks",
    name: "Vietnams 2022 diplomatic landmarks",
    description: "In 2022 …",
    author: {
      "@type": "Person",
      name: "Bùi Thanh Sơn",
      familyName: "Bùi",
      givenName: "Thanh Sơn",
      jobTitle: "Minister of Foreign Affairs",
    },
    datePublished: "2023-01",
    inLanguage: "en",
    url: "https://diplomacy-reviews.example.org/2022/",
    sameAs: "https://example.org/original",
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: "1006",
      datePublished: "2023-01",
      isPartOf: { "@type": "Periodical", name: "Communist Review" },
    },
  });
  expect(JSON.stringify(ld)).not.toContain("issn");
});

test("an author the source does not name is a Person with the role only", () => {
  const unnamed = ReviewFrontmatterSchema.parse({ ...data, author: { role: "Minister of Foreign Affairs" } });
  const ld = reviewJsonLd(reviewRecord(unnamed, EDITION), "");
  expect(ld["author"]).toEqual({ "@type": "Person", jobTitle: "Minister of Foreign Affairs" });
});

test("JSON in a script block cannot close the element", () => {
  const html = jsonInHtml({ title: "</script><script>alert(1)</script><!--" });
  expect(html).not.toContain("<");
  expect(JSON.parse(html)).toEqual({ title: "</script><script>alert(1)</script><!--" });
});

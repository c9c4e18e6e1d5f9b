import type { ReviewRecord } from "../bibliography/review-record.ts";

/**
 * schema.org metadata of a year page: a `ScholarlyArticle` in a `PublicationIssue` of the
 * `Periodical`, the author a `Person` with family and given names, all from the review's one
 * bibliographic record (src/lib/bibliography/). The periodical's ISSN is left out: the English
 * edition's is not known for certain.
 */
export function reviewJsonLd(record: ReviewRecord, description: string): Record<string, unknown> {
  const { year, month } = record.issued;
  const { name, role } = record.author;
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: record.title,
    name: record.title,
    description,
    author: {
      "@type": "Person",
      ...(name ? { name: name.asWritten, familyName: name.family, givenName: name.given } : {}),
      jobTitle: role,
    },
    datePublished: `${year}-${String(month).padStart(2, "0")}`,
    inLanguage: record.language,
    url: record.url,
    ...(record.publisherUrl ? { sameAs: record.publisherUrl } : {}),
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: String(record.issue),
      datePublished: `${year}-${String(month).padStart(2, "0")}`,
      isPartOf: { "@type": "Periodical", name: record.container },
    },
  };
}

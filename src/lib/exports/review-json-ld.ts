import { issueMonth } from "../citation/format-citation.ts";
import type { ReviewCitation } from "../citation/review-citation.ts";

/**
 * schema.org metadata of a year page: an `Article` in a `PublicationIssue` of the `Periodical`. Built
 * from the same citation data the Cite dialog uses, so the two never disagree. The periodical's ISSN
 * is left out: the English edition's is not known for certain.
 */
export function reviewJsonLd(citation: ReviewCitation, description: string): Record<string, unknown> {
  const { year, month } = issueMonth(citation);
  const { name, role } = citation.author;
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: citation.title,
    description,
    author: { "@type": "Person", ...(name ? { name } : {}), jobTitle: role },
    datePublished: citation.published,
    inLanguage: "en",
    url: citation.url,
    ...(citation.originalUrl ? { sameAs: citation.originalUrl } : {}),
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: String(citation.issue),
      datePublished: `${year}-${String(month).padStart(2, "0")}`,
      isPartOf: { "@type": "Periodical", name: citation.periodical },
    },
  };
}

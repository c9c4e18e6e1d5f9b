import { reviewsNewestFirst } from "../reviews.ts";
import { reviewFile, reviewTextOf } from "../passages/review-passages.ts";
import { indexData } from "./index-files.ts";
import { indexPassages, type IndexedReview } from "./index-texts.ts";
import { buildNameIndex, type IndexRecord } from "./name-index.ts";

let built: { key: string; records: IndexRecord[]; reviews: IndexedReview[] } | undefined;

/** The index of the site's reviews, built once per build (every page asks for it). */
export async function siteNameIndex(): Promise<{ records: IndexRecord[]; reviews: IndexedReview[] }> {
  const all = await reviewsNewestFirst();
  const key = all.map((r) => `${r.id}:${r.digest ?? ""}`).join(",");
  if (built?.key === key) return built;
  const reviews: IndexedReview[] = all.map((review) => ({
    year: review.data.year,
    file: reviewFile(review),
    editorialAuthor: review.data.author.nameIsEditorial ? review.data.author.name : undefined,
    passages: indexPassages(reviewTextOf(review).passages, review.data.captions),
  }));
  built = { key, records: buildNameIndex(indexData().entries, reviews), reviews };
  return built;
}

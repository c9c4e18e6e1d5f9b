import { getCollection, type CollectionEntry } from "astro:content";

export type Review = CollectionEntry<"reviews">;

/** Every review, newest year first, as the home page lists them. */
export async function reviewsNewestFirst(): Promise<Review[]> {
  const all = await getCollection("reviews");
  return all.sort((a, b) => b.data.year - a.data.year);
}

/** "Communist Review No. 984 (February 2022)", as the article's closing line names its issue. */
export function issueLabel(review: Review): string {
  const { publication, issue, issueDate } = review.data.source;
  return `${publication} No. ${issue} (${issueDate})`;
}

/** Minutes a reader needs at 230 words a minute, never less than one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

// Made once: a formatter is slow to make and quick to use, and every page and export dates its review.
const HANOI_DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});
const HANOI_TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
});

/** The online publication date as Hanoi readers saw it, e.g. "Wednesday, 20 July 2022, 08:20". */
export function formatPublished(iso: string): string {
  const date = new Date(iso);
  return `${HANOI_DAY.format(date)}, ${HANOI_TIME.format(date)} (Hanoi time)`;
}

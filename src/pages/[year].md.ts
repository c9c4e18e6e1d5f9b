import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { GetStaticPaths } from "astro";
import { reviewsNewestFirst, type Review } from "../lib/reviews.ts";

/** `<year>.md`: the committed Markdown file, byte for byte, frontmatter and all. */
export const getStaticPaths = (async () => {
  const reviews = await reviewsNewestFirst();
  return reviews.map((review) => ({ params: { year: String(review.data.year) }, props: { review } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { review: Review } }) {
  const { review } = props;
  if (!review.filePath) throw new Error(`review ${review.id} has no file to publish`);
  const bytes = await readFile(resolve(review.filePath));
  return new Response(bytes, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
}

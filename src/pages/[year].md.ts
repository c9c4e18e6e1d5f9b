import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { root } from "astro:config/server";
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
  // filePath is relative to the project root, which need not be the working folder.
  const bytes = await readFile(fileURLToPath(new URL(review.filePath, root)));
  return new Response(bytes, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
}

import { render } from "astro:content";
import type { OutlineEntry } from "../markdown/rehype-outline.ts";
import type { Review } from "../reviews.ts";

/** A review's sections and points in reading order, as the pipeline's outline plugin records them. */
export async function reviewOutline(review: Review): Promise<OutlineEntry[]> {
  const { remarkPluginFrontmatter } = await render(review);
  return (remarkPluginFrontmatter["outline"] ?? []) as OutlineEntry[];
}

/** The review body as the pipeline rendered it (the glob loader keeps it with the entry). */
export function reviewHtml(review: Review): string {
  const html = review.rendered?.html;
  if (html === undefined) throw new Error(`${review.filePath ?? review.id}: the review has no rendered body`);
  return html;
}

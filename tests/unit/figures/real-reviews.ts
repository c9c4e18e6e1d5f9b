import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { render } from "../markdown/render.ts";
import { readReviewText, type ReviewText } from "../../../src/lib/passages/review-text.ts";
import { ReviewFrontmatterSchema, type ReviewFrontmatter } from "../../../src/lib/schema/review.ts";

export interface RealReview {
  year: number;
  file: string;
  data: ReviewFrontmatter;
  text: ReviewText;
}

/** A review of content/reviews rendered through the site's own pipeline and read back, as the pages read it. */
export async function realReview(year: number): Promise<RealReview> {
  const file = `content/reviews/${year}.md`;
  const source = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const frontmatter = parse(match[1] ?? "") as Record<string, unknown>;
  const data = ReviewFrontmatterSchema.parse(frontmatter);
  const { html } = await render(source.slice(match[0].length), frontmatter);
  return { year, file, data, text: readReviewText(html, data.lead) };
}

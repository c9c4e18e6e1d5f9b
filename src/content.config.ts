import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ReviewFrontmatterSchema } from "./lib/schema/review.ts";

/** Where the reviews live; the benchmark and tests point this at other folders. */
const reviewsDir = process.env["REVIEWS_DIR"] ?? "./content/reviews";

const reviews = defineCollection({
  loader: glob({ pattern: "*.md", base: reviewsDir }),
  schema: ReviewFrontmatterSchema,
});

export const collections = { reviews };

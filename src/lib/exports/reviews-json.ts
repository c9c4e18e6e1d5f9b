import { z } from "zod";
import type { OutlineEntry } from "../markdown/rehype-outline.ts";
import type { ReviewFrontmatter } from "../schema/review.ts";

/**
 * `reviews.json`: every review's metadata and addressable sections, for anyone who reuses the
 * edition. The zod schema is the contract; the published `reviews.schema.json` is generated from it
 * at build time (src/pages/reviews.schema.json.ts), a reviewable copy is kept in
 * tests/unit/exports/reviews.schema.json (`vitest -u` rewrites it), and the built file is validated
 * against that JSON Schema.
 */

/** Bumped when a field is removed or changes meaning; adding a field keeps the version. */
export const REVIEWS_JSON_VERSION = 1;

const absoluteUrl = z.url({ protocol: /^https?$/ });

export const ReviewsJsonSectionSchema = z.strictObject({
  id: z.string().min(1).meta({ description: "The fragment id on the year page." }),
  title: z.string().min(1).meta({ description: "The heading, or a run-in point's bold lead sentence, as published." }),
  url: absoluteUrl.meta({ description: "The section's permanent address: the year page with #id." }),
  depth: z
    .union([z.literal(2), z.literal(3)])
    .meta({ description: "2 for a section, 3 for an ordinal point within it." }),
  point: z.boolean().meta({ description: "True for an ordinal point (Firstly, …)." }),
});

export const ReviewsJsonReviewSchema = z.strictObject({
  year: z.int().min(1945).max(2100).meta({ description: "The year the review covers." }),
  title: z.string().min(1).meta({ description: "The title exactly as published, slips included." }),
  url: absoluteUrl.meta({ description: "The review's page in this edition." }),
  author: z.strictObject({
    name: z.string().min(1).optional(),
    nameIsEditorial: z
      .boolean()
      .meta({ description: "True when the name is the editors' addition: the article prints only the role." }),
    role: z.string().min(1).meta({ description: "The role line as printed." }),
  }),
  published: z.iso
    .datetime({ offset: true })
    .meta({ description: "Published online, ISO 8601 in Hanoi time (+07:00)." }),
  lead: z.string().min(1),
  source: z.strictObject({
    publication: z.string().min(1),
    issue: z.int().positive().meta({ description: "The print issue number." }),
    issueDate: z
      .string()
      .regex(/^[A-Z][a-z]+ \d{4}$/)
      .meta({ description: "The print issue's month, as printed." }),
    url: absoluteUrl.optional().meta({ description: "The article on the publisher's site." }),
  }),
  downloads: z.strictObject({
    text: absoluteUrl.meta({ description: "The review as plain text." }),
    markdown: absoluteUrl.meta({ description: "The review's Markdown source file, frontmatter included." }),
  }),
  sections: z.array(ReviewsJsonSectionSchema).meta({ description: "Sections and ordinal points in reading order." }),
});

export const ReviewsJsonSchema = z
  .strictObject({
    $schema: absoluteUrl,
    schemaVersion: z.literal(REVIEWS_JSON_VERSION),
    site: z.strictObject({ name: z.string().min(1), url: absoluteUrl }),
    reviews: z.array(ReviewsJsonReviewSchema).meta({ description: "Newest year first." }),
  })
  .meta({
    title: "Viet Nam’s Diplomacy, Year by Year: reviews.json",
    description: "Every review's metadata and sections with their permanent addresses.",
  });

export type ReviewsJson = z.infer<typeof ReviewsJsonSchema>;

/** The JSON Schema published beside the file (`reviews.schema.json`), whose `$id` is its own absolute address. */
export function reviewsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(ReviewsJsonSchema, { target: "draft-2020-12" });
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaUrl, ...rest };
}

/** One review as `reviewsJson` needs it: its frontmatter and its outline. */
export interface ReviewForJson {
  data: ReviewFrontmatter;
  outline: readonly OutlineEntry[];
}

/** `site.url` is the home page's absolute address (site and base, e.g. `https://x.net/diplomacy/`); the rest are resolved against it. */
export function reviewsJson(reviews: readonly ReviewForJson[], site: { name: string; url: string }): ReviewsJson {
  const at = (path: string) => new URL(path, site.url).href;
  return {
    $schema: at("reviews.schema.json"),
    schemaVersion: REVIEWS_JSON_VERSION,
    site: { name: site.name, url: at("") },
    reviews: reviews.map(({ data, outline }) => {
      const page = at(`${data.year}/`);
      return {
        year: data.year,
        title: data.title,
        url: page,
        author: {
          ...(data.author.name ? { name: data.author.name } : {}),
          nameIsEditorial: Boolean(data.author.name && data.author.nameIsEditorial),
          role: data.author.role,
        },
        published: data.published,
        lead: data.lead,
        source: {
          publication: data.source.publication,
          issue: data.source.issue,
          issueDate: data.source.issueDate,
          ...(data.source.url ? { url: data.source.url } : {}),
        },
        downloads: { text: at(`${data.year}.txt`), markdown: at(`${data.year}.md`) },
        sections: outline.map((entry) => ({
          id: entry.id,
          title: entry.text,
          url: `${page}#${entry.id}`,
          depth: entry.depth,
          point: entry.point,
        })),
      };
    }),
  };
}

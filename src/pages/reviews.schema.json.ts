import { reviewsJsonSchema } from "../lib/exports/reviews-json.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** `reviews.schema.json`: the JSON Schema of reviews.json, its `$id` this file's own address (site and base). */
export function GET() {
  const body = JSON.stringify(reviewsJsonSchema(absoluteUrl("reviews.schema.json")), null, 2) + "\n";
  return new Response(body, { headers: { "Content-Type": "application/schema+json" } });
}

/**
 * JSON for a `<script type="application/json">` or `application/ld+json` block: `<` is written as
 * `\u003c`, so no value (a title, a lead) can close the element or open a comment.
 */
export function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

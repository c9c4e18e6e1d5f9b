import type { GetStaticPaths } from "astro";
import { REFERENCE_FORMATS, referenceFilePath } from "../lib/bibliography/reference-files.ts";
import { reviewRecord, type ReviewRecord } from "../lib/bibliography/review-record.ts";
import { reviewsNewestFirst } from "../lib/reviews.ts";

/**
 * The reference-manager files: `<year>.ris`, `.bib`, `.csl.json` for each review, and
 * `reviews.ris`, `.bib`, `.csl.json` for the whole edition, newest first, all from the one record.
 */
export const getStaticPaths = (async () => {
  const records = (await reviewsNewestFirst()).map((review) => reviewRecord(review.data));
  return REFERENCE_FORMATS.flatMap((format, index) => [
    { params: { reference: referenceFilePath(format) }, props: { index, records } },
    ...records.map((record) => ({
      params: { reference: referenceFilePath(format, record.year) },
      props: { index, records: [record] },
    })),
  ]);
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { index: number; records: ReviewRecord[] } }) {
  const format = REFERENCE_FORMATS[props.index];
  if (!format) throw new Error(`no reference format ${props.index}`);
  return new Response(format.write(props.records), {
    headers: { "Content-Type": `${format.type}; charset=utf-8` },
  });
}

import { resolve } from "node:path";
import { buildSiteIn } from "../../support/build-in-folder.ts";

/** Where the second build says it is published: a host of its own, under a sub-path. */
export const SUB_PATH = "/sub-path-test/";
export const SUB_PATH_SITE_URL = "https://reviews.example.net";

/**
 * Builds the site a second time, as a user publishing under a sub-path would (SITE_URL and
 * BASE_PATH set, COMPRESS=1 for the pre-compressed files a server can send), into `work/out`.
 * A build of its own (tests/support/build-in-folder.ts): nothing is written into the project's dist/.
 */
export function buildUnderSubPath(work: string): string {
  const build = buildSiteIn(work, {
    // Absolute, since the build runs from the temporary folder.
    REVIEWS_DIR: resolve("content/reviews"),
    SITE_URL: SUB_PATH_SITE_URL,
    BASE_PATH: SUB_PATH,
    COMPRESS: "1",
  });
  if (build.status !== 0)
    throw new Error(`The sub-path build failed (BASE_PATH=${SUB_PATH}):\n${build.output.slice(-3000)}`);
  return build.dist;
}

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A digest of the index of names as the build reads it: every `.yaml` file of the folder, by name
 * and content. Astro keeps rendered Markdown from one build to the next until its config changes,
 * and the reviews are rendered with the index (their abbreviations' expansions,
 * src/lib/markdown/rehype-abbreviations.ts); astro.config.mjs carries this digest, so an edit to
 * the index renders them again instead of serving the old expansions.
 */
export function indexDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()) {
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(dir, name)))
      .update("\0");
  }
  return hash.digest("hex");
}

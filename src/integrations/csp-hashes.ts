import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inlineScriptSources, keepUsedScriptHashes } from "../lib/deploy/csp-hashes.ts";
import { metaPolicyOf } from "./server-files.ts";

/**
 * After the build, first of the integrations (the others read the pages as they will be served):
 * every page's CSP meta tag keeps the hashes of the inline scripts some page runs, and loses those
 * Astro adds for client directives no island uses (src/lib/deploy/csp-hashes.ts).
 */
export default function cspHashesIntegration(): AstroIntegration {
  return {
    name: "csp-hashes",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = (await readdir(site, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort();
        const html = new Map<string, string>();
        const used = new Set<string>();
        for (const page of pages) {
          const text = await readFile(page, "utf8");
          html.set(page, text);
          for (const source of inlineScriptSources(text)) used.add(source);
        }
        let dropped = 0;
        for (const [page, text] of html) {
          const policy = metaPolicyOf(text);
          if (!policy) continue; // server-files names the page that lacks one
          const kept = keepUsedScriptHashes(policy, used);
          if (kept === policy) continue;
          dropped = policy.split("'sha").length - kept.split("'sha").length;
          await writeFile(page, text.replace(`content="${policy}"`, `content="${kept}"`));
        }
        logger.info(`${used.size} inline script(s) kept in the policy; ${dropped} unused hash(es) dropped from it`);
      },
    },
  };
}

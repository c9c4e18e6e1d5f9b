import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { inlineScriptSources, keepUsedScriptHashes } from "../lib/deploy/csp-hashes.ts";
import { builtFiles } from "./built-files.ts";
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
        const pages = (await builtFiles(site)).filter((file) => file.endsWith(".html"));
        const html = new Map<string, string>();
        const used = new Set<string>();
        for (const page of pages) {
          const text = await readFile(page, "utf8");
          html.set(page, text);
          for (const source of inlineScriptSources(text)) used.add(source);
        }
        const dropped = new Set<string>();
        for (const [page, text] of html) {
          const policy = metaPolicyOf(text);
          if (!policy) continue; // server-files names the page that lacks one
          const kept = keepUsedScriptHashes(policy, used);
          if (kept === policy) continue;
          for (const source of policy.split(/[\s;]+/))
            if (source.startsWith("'sha") && !kept.includes(source)) dropped.add(source);
          await writeFile(page, text.replace(`content="${policy}"`, `content="${kept}"`));
        }
        logger.info(
          `${used.size} inline script(s) kept in the policy; ${dropped.size} unused hash(es) dropped from it`,
        );
      },
    },
  };
}

/**
 * Astro writes into every page's Content-Security-Policy a hash for each script it might inline:
 * the site's own inline scripts, and one for each of its client directives (`client:load`,
 * `client:idle`, …), used by islands, which this site has none of. A hash that matches no script
 * allows nothing the site runs, only what someone might inject with the same bytes; and each costs
 * every page some 50 bytes that do not compress. These functions find the inline scripts the built
 * pages hold and keep in the policy the hashes of those only, the same policy on every page (the
 * server headers send one: src/integrations/server-files.ts).
 */
import { createHash } from "node:crypto";

/** `<script>` elements without a `src`: the code a page runs from its own bytes. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
/** The types a browser runs as script; a JSON or JSON-LD block is data, outside CSP's reach. */
const SCRIPT_TYPE = /\stype="([^"]*)"/i;
const RUNS = new Set(["", "module", "text/javascript", "application/javascript"]);
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP sources (`'sha256-…'`) of the scripts one page runs inline, in the given algorithm. */
export function inlineScriptSources(html: string, algorithm: "256" | "384" | "512" = "256"): string[] {
  const sources: string[] = [];
  for (const [, attributes = "", code = ""] of html.matchAll(INLINE_SCRIPT)) {
    const type = SCRIPT_TYPE.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!RUNS.has(type)) continue;
    sources.push(`'sha${algorithm}-${createHash(`sha${algorithm}`).update(code, "utf8").digest("base64")}'`);
  }
  return sources;
}

/** The policy with only the script hashes in `used`; style hashes and every other source stay. */
export function keepUsedScriptHashes(policy: string, used: ReadonlySet<string>): string {
  return policy
    .split(";")
    .map((directive) => {
      const [, lead = "", body = ""] = /^(\s*)(.*)$/s.exec(directive) ?? [];
      if (!body.startsWith("script-src ")) return directive;
      const kept = body.split(/\s+/).filter((source) => !HASH_SOURCE.test(source) || used.has(source));
      return lead + kept.join(" ");
    })
    .join(";");
}

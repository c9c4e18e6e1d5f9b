import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { netlifyHeaders, nginxHeaderLines } from "../lib/deploy/headers.ts";
import { builtFiles } from "./built-files.ts";

/** Text files worth sending compressed; Pagefind's own chunks are compressed already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".txt", ".md", ".svg"]);

/** The policy of a page's CSP meta tag, as Astro wrote it. */
export function metaPolicyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * After the build: writes `_headers` (Netlify, Cloudflare Pages) and `_headers.nginx` (for
 * deploy/nginx.conf) with the pages' own policy, which carries the build's script hashes; and with
 * COMPRESS=1, a `.gz` beside each text file (deterministic: zlib writes no time or name). Every page
 * must state the same policy, or no server header could match them all.
 */
export default function serverFilesIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "server-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await builtFiles(site);
        const policies = new Map<string, string[]>();
        for (const file of files.filter((f) => f.endsWith(".html"))) {
          const policy = metaPolicyOf(await readFile(file, "utf8"));
          if (!policy)
            throw new Error(`${relative(site, file)}: no Content-Security-Policy meta tag to send as a header`);
          policies.set(policy, [...(policies.get(policy) ?? []), relative(site, file)]);
        }
        const [policy, ...others] = policies.keys();
        if (!policy || others.length > 0)
          throw new Error(
            `The pages state ${policies.size} different Content-Security-Policies; the server headers need one:\n  ` +
              [...policies.values()].map((pages) => pages.slice(0, 3).join(", ")).join("\n  "),
          );
        const servedFiles = files.map((file) => relative(site, file).split(sep).join("/"));
        await writeFile(join(site, "_headers"), netlifyHeaders(base, policy, servedFiles));
        await writeFile(join(site, "_headers.nginx"), nginxHeaderLines(policy));
        if (process.env["COMPRESS"] !== "1") return;
        let written = 0;
        for (const file of files.filter((f) => COMPRESSIBLE.has(extname(f)))) {
          await writeFile(`${file}.gz`, gzipSync(await readFile(file), { level: 9 }));
          written += 1;
        }
        logger.info(`COMPRESS=1: wrote ${written} .gz file(s) beside the text files`);
      },
    },
  };
}

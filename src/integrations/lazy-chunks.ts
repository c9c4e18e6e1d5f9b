import type { Plugin } from "vite";

/** The module Vite wraps every lazy `import()` of the browser code in. */
const PRELOAD_HELPER = "\0vite/preload-helper.js";

/**
 * Lazy chunks without Vite's preload machinery, a Vite plugin.
 *
 * Vite's preload helper adds <link rel=modulepreload> for a lazy chunk's imports even when the page
 * has already run them (search's query.ts on a year page), and Firefox fires `error` at such a
 * link; so `build.modulePreload` is off (Astro sets it itself, so only a plugin's config hook, which
 * comes last, can say so). Without it a lazy chunk's imports load when it runs: one more round trip,
 * on first use only.
 *
 * With modulePreload off, all the helper still does is fetch a lazy chunk's CSS, and no lazy chunk
 * here has any (the Cite dialog fetches its stylesheet itself, src/scripts/cite/buttons.ts). Yet
 * every page downloaded its 0.9 KB before any input; it is now the bare call. Should a lazy module
 * come to import CSS, the build stops and says so, rather than ship a chunk without its styles.
 */
export default function lazyChunks(): Plugin {
  return {
    name: "lazy-chunks",
    config: () => ({ build: { modulePreload: false } }),
    transform(_code, id) {
      if (id !== PRELOAD_HELPER) return undefined;
      return "export const __vitePreload = (load) => load();";
    },
    generateBundle: {
      // After Vite's import analysis has written each lazy import's list of files to preload.
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk" && chunk.code.includes("__vite__mapDeps"))
            this.error(
              `${chunk.fileName} lazily imports a module that imports CSS, which this build does not preload (src/integrations/lazy-chunks.ts). Fetch the stylesheet from the lazy code instead, with a "?url" import and a <link>, as src/scripts/cite/buttons.ts does.`,
            );
        }
      },
    },
  };
}

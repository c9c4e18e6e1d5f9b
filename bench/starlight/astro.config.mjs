// @ts-check
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

/**
 * The benchmark's reference site: the two reviews as Starlight documentation pages, with Starlight's
 * defaults (system fonts, Pagefind search, theme select), as an Astro user would start one.
 */
export default defineConfig({
  site: "https://example.org",
  integrations: [
    starlight({
      title: "Viet Nam's diplomacy: the annual reviews",
      sidebar: [{ label: "Reviews", items: [{ autogenerate: { directory: "reviews" } }] }],
    }),
  ],
});

import projectConfig from "../../astro.config.mjs";

/**
 * The project's Astro config with a cache folder of the bench's own: each bench build starts cold,
 * as a fresh checkout does, and never writes the content store in node_modules/.astro that every
 * other build in the checkout shares.
 */
export default { ...projectConfig, cacheDir: process.env["BENCH_ASTRO_CACHE_DIR"] ?? "./node_modules/.astro-bench" };

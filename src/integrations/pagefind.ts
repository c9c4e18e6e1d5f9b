import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(errors.join("\n"));
        const added = await index.addDirectory({ path: site });
        logger.info(`indexed ${added.page_count} pages ${added.errors}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
      },
    },
  };
}

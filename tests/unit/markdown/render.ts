import { unified, type PluggableList } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from "../../../src/lib/markdown/pipeline.ts";

/**
 * Renders Markdown through the site's own pipeline, as Astro does, with the given frontmatter.
 * (Astro types its plugin lists for its own processor; unified takes the same plugins.)
 */
export async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: markdown, path: "review.md", data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify)
    .process(file);
  const astro = result.data["astro"] as { frontmatter: Record<string, unknown> };
  return { html: String(result), frontmatter: astro.frontmatter };
}

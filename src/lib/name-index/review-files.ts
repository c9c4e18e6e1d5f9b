import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { unified, type PluggableList } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import { parse as parseYaml } from "yaml";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from "../markdown/pipeline.ts";
import { splitFrontmatter } from "../importer/read-review-markdown.ts";
import { readReviewText } from "../passages/review-text.ts";
import { ReviewFrontmatterSchema } from "../schema/review.ts";
import { indexPassages, type IndexedReview } from "./index-texts.ts";

/**
 * The reviews read from their files through the site's own Markdown pipeline, for the report's
 * command line (outside Astro): the same passages, with the same anchors, as the year pages.
 */
export async function readReviewFiles(dir: string, root = process.cwd()): Promise<IndexedReview[]> {
  const reviews: IndexedReview[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    const path = join(dir, name);
    const { yaml, body } = splitFrontmatter(readFileSync(path, "utf8"));
    const data = ReviewFrontmatterSchema.parse(parseYaml(yaml));
    const file = new VFile({ value: body, path, data: { astro: { frontmatter: data } } });
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkPlugins as PluggableList)
        .use(remarkRehype, remarkRehypeOptions)
        .use(rehypePlugins as PluggableList)
        .use(rehypeStringify)
        .process(file),
    );
    reviews.push({
      year: data.year,
      file: relative(root, path),
      editorialAuthor: data.author.nameIsEditorial ? data.author.name : undefined,
      passages: indexPassages(readReviewText(html, data.lead).passages, data.captions),
    });
  }
  return reviews.sort((a, b) => b.year - a.year);
}

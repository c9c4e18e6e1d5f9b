import type { Root, Yaml } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";
import { stringify as stringifyYaml } from "yaml";
import type { ReviewFrontmatter } from "../schema/review.ts";

/**
 * Serialiser settings fixed here so that output is deterministic and reads like hand-written
 * Markdown; remark-stringify escapes whatever text would otherwise turn into syntax.
 */
const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fence: "`",
  fences: true,
  rule: "-",
  listItemIndent: "one",
  incrementListMarker: true,
  handlers: {
    // The frontmatter is already YAML text; it only needs its fences.
    yaml: (node: Yaml) => `---\n${node.value}\n---`,
  },
};

/**
 * Frontmatter as YAML, keys in the order given (the schema's). Written for YAML 1.1 readers too,
 * so strings such as the date are quoted where js-yaml (used by Astro) would read a timestamp.
 */
export function frontmatterToYaml(frontmatter: ReviewFrontmatter): string {
  return stringifyYaml(frontmatter, { version: "1.1", lineWidth: 0 }).trimEnd();
}

/** The review file: frontmatter, then the body, through remark-stringify with GFM and directives. */
export function reviewToMarkdown(frontmatter: ReviewFrontmatter, body: Root): string {
  const yamlNode: Yaml = { type: "yaml", value: frontmatterToYaml(frontmatter) };
  const root: Root = { type: "root", children: [yamlNode, ...body.children] };
  return unified().use(remarkGfm).use(remarkDirective).use(remarkStringify, STRINGIFY_OPTIONS).stringify(root);
}

// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

const ROOT_RELATIVE_MESSAGE =
  "A root-relative address ignores the site's base path: use sitePath()/absoluteUrl() from src/lib/urls.ts.";

/** Hand-written root-relative strings: "/search/", `/${year}/`, href="/". Protocol-relative "//" and a lone "/" in code (a separator) are not addresses. */
export const ROOT_RELATIVE_ADDRESSES = [
  { selector: "Literal[raw=/^[\"']\\/[^/\"'\\s]/]", message: ROOT_RELATIVE_MESSAGE },
  {
    selector: "TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/(?!\\/)/]",
    message: ROOT_RELATIVE_MESSAGE,
  },
  {
    selector: "JSXAttribute[name.name=/^(href|src|action|srcset|poster)$/] > Literal[value=/^\\/(?!\\/)/]",
    message: ROOT_RELATIVE_MESSAGE,
  },
];

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "tests/.artifacts/", "public/theme-init.js"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", window: "readonly", document: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // Every address goes through src/lib/urls.ts, so the site works under a sub-path (BASE_PATH).
    files: ["src/**/*.ts", "src/**/*.astro"],
    ignores: ["src/lib/urls.ts", "src/lib/site-address.ts"],
    rules: { "no-restricted-syntax": ["error", ...ROOT_RELATIVE_ADDRESSES] },
  },
);

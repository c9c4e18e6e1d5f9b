import type { Element, ElementContent, Properties } from "hast";
import { toString } from "hast-util-to-string";
import type { Options } from "rehype-autolink-headings";

/**
 * rehype-autolink-headings, set for a documentary edition: a visible, focusable, labelled link after
 * each section heading (not `aria-hidden`, its default), which the page script turns into
 * copy-link. Search skips it.
 */
export const headingLinkOptions: Options = {
  behavior: "append",
  // The notes list is apparatus, not a section of the text.
  test: (heading: Element) =>
    (heading.tagName === "h2" || heading.tagName === "h3") && heading.properties["id"] !== "notes-heading",
  properties: (heading: Element): Properties => ({
    className: ["heading-link"],
    dataPagefindIgnore: "",
    ariaLabel: `Link to this section: ${toString(heading).trim()}`,
  }),
  content: (): ElementContent[] => [
    { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
  ],
};

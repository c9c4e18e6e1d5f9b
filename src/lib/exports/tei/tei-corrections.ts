import type { Element, ElementContent } from "xast";
import { x } from "xastscript";
import type { ReviewExport } from "../review-export.ts";
import { EDITORS_ID } from "./tei-header.ts";

/**
 * Each declared correction (frontmatter `corrections`) as `choice`: the published wording in `sic`,
 * the editors' in `corr`, at the place it names. The body holds the corrected words; a correction
 * whose words are not found at its place fails the build, naming the review and what to fix.
 */
export function applyCorrections(body: Element, review: ReviewExport): void {
  for (const correction of review.data.corrections) {
    const id = correction.where.replace(/^#/, "");
    const place = findById(body, id);
    if (!place)
      throw new Error(
        `${review.file}: the correction "${correction.original}" → "${correction.corrected}" names the place ${correction.where}, which the text does not have (give a section or paragraph anchor, e.g. #p-12)`,
      );
    if (!replaceFirst(place, correction.corrected, () => choice(correction.original, correction.corrected)))
      throw new Error(
        `${review.file}: the correction at ${correction.where} gives "${correction.corrected}" as the corrected words, which that place does not hold (make "corrected" the text as the Markdown now gives it)`,
      );
  }
}

const choice = (sic: string, corr: string): Element =>
  x("choice", [x("sic", sic), x("corr", { resp: `#${EDITORS_ID}` }, corr)]);

function findById(node: Element, id: string): Element | undefined {
  if (node.attributes["xml:id"] === id) return node;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const found = findById(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Splits the first text node holding `words` around them and puts `make()` between; false when none does. */
function replaceFirst(node: Element, words: string, make: () => Element): boolean {
  for (const [i, child] of node.children.entries()) {
    if (child.type === "text") {
      const at = child.value.indexOf(words);
      if (at === -1) continue;
      const parts: ElementContent[] = [
        { type: "text", value: child.value.slice(0, at) },
        make(),
        { type: "text", value: child.value.slice(at + words.length) },
      ];
      node.children.splice(i, 1, ...parts);
      return true;
    }
    if (child.type === "element" && child.name !== "note" && replaceFirst(child, words, make)) return true;
  }
  return false;
}

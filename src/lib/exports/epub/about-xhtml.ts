import { x } from "xastscript";
import type { EditionInfo, ReviewExport } from "../review-export.ts";
import { richText, xhtmlPage } from "./xhtml-page.ts";

/**
 * The apparatus of one review, after its text: where the text comes from, how to cite it, what the
 * editors corrected (declared, with the published wording) and what they added to it.
 */
export function aboutXhtml(review: ReviewExport, edition: EditionInfo): string {
  const { data, record } = review;
  const text = `review-${data.year}.xhtml`;
  const title = `About the text of ${data.year}`;
  const corrections =
    data.corrections.length > 0
      ? x(
          "ul",
          data.corrections.map((c) =>
            x("li", [
              x("a", { href: c.where.startsWith("#") ? `${text}${c.where}` : c.where }, c.where),
              `: published “`,
              x("del", c.original),
              `”, now “${c.corrected}”. ${c.why}`,
            ]),
          ),
        )
      : x("p", "None: the text is as published, slips included.");
  const additions = [
    ...(data.author.nameIsEditorial && data.author.name
      ? [`The author’s name, ${data.author.name}: the article prints only the role.`]
      : []),
    "The paragraph numbers (¶ 1, ¶ 2 …), each linked to the paragraph’s permanent address in the edition.",
    "The label of each photo caption: the photographs themselves are not reproduced.",
    "The “Notes” heading and the links between each note and its place in the text.",
    "The line above the title and the byline’s headings (Author, Published online, In print).",
  ];
  const body = x("body", { "epub:type": "backmatter" }, [
    x("section", { class: "apparatus about", "aria-labelledby": "about-title" }, [
      x("h1", { id: "about-title" }, title),
      x("h2", "Source"),
      x("p", [
        `“${data.title}”, by ${data.author.name ?? data.author.role}, ${data.author.role}. `,
        x("i", data.source.publication),
        ` No. ${data.source.issue} (${data.source.issueDate}); published online ${review.publishedLabel}.`,
        ...(record.publisherUrl
          ? [" The original: ", x("a", { href: record.publisherUrl }, record.publisherUrl), "."]
          : []),
      ]),
      x("p", [
        "This text: ",
        x("i", edition.name),
        ", ",
        x("a", { href: record.url }, record.url),
        ". Every word of the article is given in order, as published.",
      ]),
      x("h2", "How to cite"),
      x("p", richText(review.citation)),
      x("h2", "Editorial corrections"),
      corrections,
      x("h2", "Added by the editors"),
      x(
        "ul",
        additions.map((line) => x("li", line)),
      ),
      x("p", [x("a", { href: text }, `Back to the review of ${data.year}`)]),
    ]),
  ]);
  return xhtmlPage(title, body, { stylesheet: "../styles/book.css" });
}

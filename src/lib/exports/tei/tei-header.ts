import type { Element } from "xast";
import { x } from "xastscript";
import type { EditionInfo, ReviewExport } from "../review-export.ts";

/** The `xml:id` of the edition's responsibility statement, which `resp` attributes point to. */
export const EDITORS_ID = "editors";

const SUPPLIED_NAME_REASON = "the article prints only the role";

/** The author as the source gives them: the role as printed, the name (supplied by the editors where it is not printed). */
export function teiAuthor(review: ReviewExport, element: "author" | "docAuthor" = "author"): Element {
  const { name, isEditorial, role } = review.record.author;
  if (!name) return x(element, [x("roleName", role)]);
  const surname = x("surname", name.family);
  const forename = x("forename", name.given);
  const parts = name.familyFirst ? [surname, " ", forename] : [forename, " ", surname];
  const written = isEditorial
    ? [x("supplied", { resp: `#${EDITORS_ID}`, reason: SUPPLIED_NAME_REASON }, parts)]
    : parts;
  return x(element, [x("persName", written), ", ", x("roleName", role)]);
}

/**
 * The teiHeader of a review: the title as published and its author; this edition's responsibility,
 * publication and URN; the Communist Review article as the source (issue, print month, online
 * date, the publisher's address); how the text was taken and what the editors changed or added.
 */
export function teiHeader(review: ReviewExport, edition: EditionInfo, urn: string): Element {
  const { data, record } = review;
  const corrections = data.corrections.length;
  return x("teiHeader", [
    x("fileDesc", [
      x("titleStmt", [
        x("title", { type: "main" }, data.title),
        teiAuthor(review),
        x("respStmt", { "xml:id": EDITORS_ID }, [
          x("resp", "Digital edition: text taken from the source, encoded, given anchors; corrections declared"),
          x("orgName", `The editors of ${edition.name}`),
        ]),
      ]),
      x("publicationStmt", [
        x("publisher", [x("ref", { target: edition.url }, edition.name)]),
        x("idno", { type: "URN" }, urn),
        x("idno", { type: "URL" }, record.url),
      ]),
      x("sourceDesc", [
        x("biblStruct", [
          x("analytic", [x("title", { level: "a" }, data.title), teiAuthor(review)]),
          x("monogr", [
            x("title", { level: "j" }, data.source.publication),
            x("imprint", [
              x("biblScope", { unit: "issue", n: String(data.source.issue) }, `No. ${data.source.issue}`),
              x("date", { type: "print" }, data.source.issueDate),
              x("date", { type: "online", when: data.published }, review.publishedLabel),
            ]),
          ]),
          ...(record.publisherUrl ? [x("ptr", { type: "original", target: record.publisherUrl })] : []),
        ]),
      ]),
    ]),
    x("encodingDesc", [
      x("projectDesc", [
        x("p", [
          `${edition.name} gives the Minister of Foreign Affairs’ annual reviews as the Communist Review published them online: `,
          "every word of the article, in order. The byline and dates are metadata in the source and stand in the header and the front.",
        ]),
        x("p", [
          "Added by the editors: ",
          data.author.nameIsEditorial ? "the author’s name (in supplied); " : "",
          "the description of each photograph, which is not reproduced (figDesc); the paragraph numbers (n).",
        ]),
      ]),
      x("editorialDecl", [
        x("correction", [
          x("p", [
            "Slips of the source are kept as printed. ",
            corrections === 0
              ? "The editors have corrected nothing in this text."
              : `The editors corrected ${corrections} ${corrections === 1 ? "place" : "places"}, each encoded as choice, with the published wording in sic and the correction in corr (resp="#${EDITORS_ID}").`,
          ]),
        ]),
        x("normalization", [x("p", "None: spelling, capitals, punctuation and quotation marks as published.")]),
        x("segmentation", [
          x("p", [
            "Sections, ordinal points and paragraphs as published. Their xml:id are the anchors of the edition’s page ",
            `(${record.url}): paragraphs p-1, p-2 … counted from the first after the lead, sections and points by the slug of their heading, notes note-1 …, photo captions photo-1 ….`,
          ]),
        ]),
      ]),
    ]),
  ]);
}

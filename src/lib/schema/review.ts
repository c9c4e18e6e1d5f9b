import { z } from "zod";

/**
 * The frontmatter of a review (`content/reviews/<year>.md`): one schema, used by the importer to
 * validate what it writes and by the content collection to refuse content that does not match.
 */

/** A photo caption printed in the article; no image exists, so only its words and credit are kept. */
export const CaptionSchema = z.strictObject({
  /** Referenced from the body by the leaf directive `::caption{#<id>}` at the caption's place. */
  id: z.string().regex(/^photo-\d+$/, "caption ids look like photo-1"),
  /** The caption's words, as published, without the credit. */
  text: z.string().min(1),
  /** The agency credited, e.g. `VNA`, `VGP`. */
  credit: z.string().min(1),
  /** The credit exactly as printed, e.g. `_Photo: VNA` or `_Photo:VGP`. */
  creditAsPrinted: z.string().min(1),
});

/** An editor's correction of a slip in the source; the original stays recoverable. */
export const CorrectionSchema = z.strictObject({
  /** The text as published. */
  original: z.string().min(1),
  /** The text as the Markdown now gives it. */
  corrected: z.string().min(1),
  /** Where: a section or paragraph anchor on the year page, e.g. `#p-12`. */
  where: z.string().min(1),
  /** Why the editor changed it. */
  why: z.string().min(1),
});

/** A key figure an editor declares, with the exact words of the review it comes from. */
export const FigureSchema = z.strictObject({
  /** The measure, shared across years so a chart can follow it, e.g. `trade-turnover`. */
  measure: z.string().regex(/^[a-z0-9-]+$/, "measure is a lowercase slug, e.g. trade-turnover"),
  /** What the figure counts, as a reader reads it, e.g. `Total trade turnover`. */
  label: z.string().min(1),
  value: z.number(),
  /** e.g. `billion USD`, `activities`, `citizens`, `%`. */
  unit: z.string().min(1),
  /** Qualifier the text gives the number, e.g. `more than`, `nearly`, `record`. */
  qualifier: z.string().min(1).optional(),
  /** The exact words of the review the figure comes from; the build fails if they are not in the text. */
  quote: z.string().min(8),
});

/** The parts every review has, aligned on the compare page. */
export const PART_NAMES = ["world", "results", "lessons", "tasks"] as const;
export type PartName = (typeof PART_NAMES)[number];

export const ReviewFrontmatterSchema = z.strictObject({
  /** The title exactly as published, slips included. */
  title: z.string().min(1),
  /** The year the review covers. */
  year: z.number().int().min(1945).max(2100),
  author: z
    .strictObject({
      /** Only when the source prints it, or when an editor adds it (then `nameIsEditorial`). */
      name: z.string().min(1).optional(),
      /** The family name within `name`, e.g. `Bùi`: editorial data, never guessed from the name's order. */
      family: z.string().min(1).optional(),
      /** The given names within `name`, e.g. `Thanh Sơn`. */
      given: z.string().min(1).optional(),
      /** True when the name is an editorial addition the source does not print. */
      nameIsEditorial: z.boolean().optional(),
      role: z.string().min(1),
    })
    .superRefine(checkNameParts),
  /** The language of the text as published (BCP 47); the Communist Review's English edition. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language is a BCP 47 tag, e.g. en")
    .default("en"),
  /**
   * The online publication date-time, ISO 8601 with the Hanoi offset (+07:00). YAML readers turn an
   * unquoted timestamp into a Date; it is brought back to Hanoi time rather than refused.
   */
  published: z.preprocess(
    (value) => (value instanceof Date ? toHanoiIso(value) : value),
    z.iso.datetime({ offset: true }),
  ),
  /** The lead paragraph, beginning `Communist Review - `. */
  lead: z.string().min(1),
  captions: z.array(CaptionSchema).default([]),
  source: z.strictObject({
    publication: z.string().min(1),
    /** The print issue number, e.g. 984. */
    issue: z.number().int().positive(),
    /** The print issue's month, as printed, e.g. `February 2022`. */
    issueDate: z.string().regex(/^[A-Z][a-z]+ \d{4}$/, "issueDate looks like 'February 2022'"),
    url: z.url().optional(),
    /** The source text this review was imported from, relative to the project root. */
    file: z.string().min(1).optional(),
  }),
  corrections: z.array(CorrectionSchema).default([]),
  /**
   * Anchors kept working after a heading was renamed: old id → current id. Published anchors are
   * cited and shared, so an id never simply disappears (see content/anchors/).
   */
  figures: z.array(FigureSchema).optional(),
  /**
   * Which section (by its id) holds each part of the review, where the documented rule in
   * src/lib/compare/ does not find it by itself.
   */
  parts: z.partialRecord(z.enum(PART_NAMES), z.string().min(1)).optional(),
  anchorAliases: z.record(z.string().regex(/^[\p{L}\p{N}_-]+$/u), z.string().min(1)).optional(),
});

/**
 * A named author needs `family` and `given`, and the two, in one order or the other, must be the name
 * as written: citations invert it ("Bùi, T. S.") and keep it ("Bùi Thanh Sơn") from these parts.
 */
function checkNameParts(
  author: { name?: string | undefined; family?: string | undefined; given?: string | undefined },
  context: z.RefinementCtx,
): void {
  const { name, family, given } = author;
  if (name === undefined) {
    if (family !== undefined || given !== undefined)
      context.addIssue({ code: "custom", path: ["name"], message: "author.family and author.given need author.name" });
    return;
  }
  if (family === undefined || given === undefined) {
    context.addIssue({
      code: "custom",
      path: [family === undefined ? "family" : "given"],
      message: `the author "${name}" needs author.family and author.given (e.g. family: Bùi, given: Thanh Sơn), which together make author.name`,
    });
    return;
  }
  if (name !== `${family} ${given}` && name !== `${given} ${family}`)
    context.addIssue({
      code: "custom",
      path: ["family"],
      message: `author.family "${family}" and author.given "${given}" do not make author.name "${name}" in either order`,
    });
}

/** A Date as an ISO 8601 string in Hanoi time, e.g. `2022-07-20T08:20:00+07:00`. */
export function toHanoiIso(date: Date): string {
  const hanoi = new Date(date.getTime() + 7 * 3600 * 1000);
  return hanoi.toISOString().replace(/\.\d{3}Z$/, "+07:00");
}

export type ReviewFrontmatter = z.infer<typeof ReviewFrontmatterSchema>;
export type ReviewFrontmatterInput = z.input<typeof ReviewFrontmatterSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Figure = z.infer<typeof FigureSchema>;

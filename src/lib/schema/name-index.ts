import { z } from "zod";

/**
 * The editors' index of names (`content/index/<kind>.yaml`): one file per kind, each a list of
 * entries. Forms are words the reviews print; everything the edition adds is marked as editorial.
 */

export const ENTRY_KINDS = ["person", "organisation", "place", "document", "event", "term"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** How a kind is named on the index page, in the singular and the plural. */
export const KIND_LABELS: Record<EntryKind, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  organisation: { one: "Organisation", many: "Organisations" },
  place: { one: "Place", many: "Places" },
  document: { one: "Agreement or document", many: "Agreements and documents" },
  event: { one: "Event or meeting", many: "Events and meetings" },
  term: { one: "Term", many: "Terms" },
};

/** Slugs the index's own addresses use, which no entry may take. */
const RESERVED_SLUGS = new Set(["years", "kinds"]);

/** How the reviews style a person, quoted: the build finds the quote in that year's text and links it. */
export const StyleSchema = z.strictObject({
  year: z.number().int(),
  quote: z.string().min(3),
});

/** An authority identifier, kept only with the source it was checked against. */
export const AuthoritySchema = z.strictObject({
  wikidata: z.string().regex(/^Q[1-9]\d*$/, "a Wikidata identifier looks like Q1234"),
  /** Where the editor checked that the identifier names this entry (a page, a record, a book). */
  checkedAgainst: z.string().min(8),
});

export const IndexEntrySchema = z
  .strictObject({
    /** The entry's address: `/index/<slug>/`. */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lowercase words joined by hyphens, e.g. united-nations")
      .refine((s) => !/^\d+$/.test(s) && !RESERVED_SLUGS.has(s), "a slug may not be a number, `years` or `kinds`"),
    /** The heading as the edition writes it. */
    heading: z.string().min(1),
    /** Every form the reviews print, matched as whole words; "Viet Nam" matches "Vietnam" too. */
    forms: z.array(z.string().min(1)),
    /** Forms match in any case (`free trade agreements`, `Free Trade Agreements`); otherwise as written. */
    caseInsensitive: z.boolean().optional(),
    /** An abbreviation's full name: as the reviews print it, or marked `expansionIsEditorial`. */
    expansion: z.string().min(1).optional(),
    expansionIsEditorial: z.boolean().optional(),
    /** The editors' note, shown as editorial: only what the reviews or a cited authority state. */
    note: z.string().min(1).optional(),
    /** For a person: how the reviews themselves style them. */
    styles: z.array(StyleSchema).optional(),
    authority: AuthoritySchema.optional(),
    /** The slug of a wider entry this one is part of ("Executive committee of UNESCO" → `unesco`). */
    broader: z.string().min(1).optional(),
    /** An entry the editors add for a name the reviews do not print (the author). */
    editorial: z.boolean().optional(),
  })
  .refine((e) => e.forms.length > 0 || e.editorial, {
    message: "an entry needs at least one form the reviews print (or `editorial: true` for a name they do not)",
    path: ["forms"],
  })
  .refine((e) => !e.expansionIsEditorial || e.expansion, {
    message: "`expansionIsEditorial` needs an `expansion`",
    path: ["expansionIsEditorial"],
  });

export const IndexFileSchema = z.strictObject({
  kind: z.enum(ENTRY_KINDS),
  entries: z.array(IndexEntrySchema),
});

/** A name the reviews print that the index leaves out, and why (`content/index/left-out.yaml`). */
export const LeftOutSchema = z.strictObject({
  /** The words as printed; each is matched as an entry's forms are. */
  forms: z.array(z.string().min(1)).min(1),
  why: z.string().min(8),
  caseInsensitive: z.boolean().optional(),
});

export const LeftOutFileSchema = z.strictObject({ leftOut: z.array(LeftOutSchema) });

export type IndexEntryData = z.infer<typeof IndexEntrySchema>;
export type LeftOut = z.infer<typeof LeftOutSchema>;

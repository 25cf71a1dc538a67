/**
 * A table of units (or of components) as data: the header words of each column with their variants,
 * the rows it knows (for a fixed set such as the SIPAS components), how its total row and unit names
 * are written. Checked with zod when loaded, so a kind added as data cannot be malformed.
 */
import { z } from 'zod';

/** Which official table: the JSON contract's `kind`. */
export const TableKindSchema = z.enum(['statistics-appendix', 'survey-tally', 'satisfaction-by-unit', 'sipas-components', 'scoring-sheet']);
export type TableKind = z.infer<typeof TableKindSchema>;

/** What a column holds: decides how its cells are read (a count is whole, a rate is 0–100, a difference of rates may be negative). */
export const ColumnTypeSchema = z.enum(['code', 'name', 'count', 'percent', 'difference']);

/** Folded header words (no accents, lower case): a regular expression source, anchored when used. */
const Pattern = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        new RegExp(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a regular expression' },
  );

export const ColumnSchema = z.object({
  /** The field's stable id ('issued', 'current'…). */
  field: z.string().min(1),
  type: ColumnTypeSchema,
  /** Header variants, folded, each matched against the whole header text of the column. */
  header: z.array(Pattern).min(1),
  /** A column the table can be recognized without. */
  optional: z.boolean().default(false),
  /**
   * Year columns under one group header ("SIPS" over "2017 | 2016"): the column whose header is a year
   * takes this field for the later year ('current') or the earlier one ('previous').
   */
  year: z.enum(['later', 'earlier']).optional(),
});

export const KnownRowSchema = z.object({
  /** Stable id ('sipas.access'), used by scoring and remediation. */
  id: z.string().min(1),
  label: z.string().min(1),
  /** Folded label variants, matched anywhere in the row's name. */
  match: z.array(Pattern).min(1),
  optional: z.boolean().default(false),
});

export const TypoSchema = z.object({
  /** A folded word as mistyped ('bhxx'), and as it should read ('BHXH'). */
  wrong: z.string().min(1),
  right: z.string().min(1),
});

export const UnitKindSchema = z.object({
  kind: TableKindSchema,
  /** Shown to the user ("Bảng thống kê phiếu điều tra"). */
  name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  columns: z.array(ColumnSchema).min(2),
  /** The column naming each row (a unit, a component). */
  nameField: z.string().min(1),
  /** Folded words of a total row's name ("tong cong"). */
  total: z.array(Pattern).default([]),
  /** For a fixed set of rows (the SIPAS components). */
  rows: z.array(KnownRowSchema).default([]),
  /** Unit names as they should be written; mistyped words are notices. */
  typos: z.array(TypoSchema).default([]),
  /** Rules from the registry that apply to this kind, by id. */
  rules: z.array(z.string().min(1)).min(1),
});

export type UnitKind = z.infer<typeof UnitKindSchema>;
export type UnitColumn = z.infer<typeof ColumnSchema>;
export type KnownRow = z.infer<typeof KnownRowSchema>;

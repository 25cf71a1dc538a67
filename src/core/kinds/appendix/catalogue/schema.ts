/** The shape of an indicator catalogue: data a province can edit, checked with zod when loaded. */
import { z } from 'zod';

const Id = z.string().min(1);
const Bilingual = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const CatalogueRowSchema = z.object({
  /** Stable id: the code ('2.5.3') or, for an uncoded row, the parent's code and a name ('2.2.received'). */
  id: Id,
  /** The code as printed, without its final dot; null for rows printed without one. */
  code: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .nullable(),
  parent: z.string().nullable(),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(['section', 'count', 'percent', 'coded', 'other']),
  /** Printed under "Trong đó" (of which). */
  part: z.boolean().optional(),
  /** A workbook without this row is incomplete (an error); other rows may be left out. */
  required: z.boolean().default(false),
});

const Severity = z.enum(['error', 'warning', 'info']);

export const RelationSchema = z.discriminatedUnion('type', [
  /** sum(left) ≤ right; a finding points at the last left row. */
  z.object({ type: z.literal('leq'), left: z.array(Id).min(1), right: Id, severity: Severity.default('error') }),
  /** each part ≤ total; and sum(parts) = total when they form a partition. */
  z.object({ type: z.literal('parts'), total: Id, parts: z.array(Id).min(1), partition: z.boolean() }),
  /** percentages splitting one whole add up to 100 (with shares written in the notes when so marked). */
  z.object({ type: z.literal('shares'), parts: z.array(Id).min(1), remainderInNotes: z.boolean().default(false) }),
  /** when row `when` holds `equals`, row `then` should have a figure. */
  z.object({ type: z.literal('implies'), when: Id, equals: z.number(), then: Id }),
]);

export const RatioSchema = z.object({
  id: Id,
  /** The row holding the ratio, or null when the appendix has no row for it. */
  target: Id.nullable(),
  /** Row ids of the counts; null means the count is only written in the target's note ("168.274/169.800"). */
  numerator: Id.nullable(),
  denominator: Id.nullable(),
  /** The target's note may carry the counts as "a/b". */
  noteCounts: z.boolean(),
  title: Bilingual,
  decimals: z.number().int().min(0).max(6).default(2),
});

export const CatalogueSchema = z
  .object({
    name: z.string(),
    edition: z.string(),
    rows: z.array(CatalogueRowSchema).min(1),
    relations: z.array(RelationSchema),
    ratios: z.array(RatioSchema),
  })
  .superRefine((cat, ctx) => {
    const ids = new Set<string>();
    for (const r of cat.rows) {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate row id ${r.id}` });
      ids.add(r.id);
    }
    const refs = (xs: (string | null)[], where: string) => {
      for (const x of xs) if (x !== null && !ids.has(x)) ctx.addIssue({ code: 'custom', message: `${where} names unknown row ${x}` });
    };
    for (const r of cat.rows) refs([r.parent], `row ${r.id}`);
    for (const rel of cat.relations) {
      if (rel.type === 'leq') refs([...rel.left, rel.right], 'relation');
      else if (rel.type === 'parts') refs([rel.total, ...rel.parts], 'relation');
      else if (rel.type === 'shares') refs(rel.parts, 'relation');
      else refs([rel.when, rel.then], 'relation');
    }
    for (const q of cat.ratios) {
      refs([q.target, q.numerator, q.denominator], `ratio ${q.id}`);
      if (q.numerator === null && !q.noteCounts) ctx.addIssue({ code: 'custom', message: `ratio ${q.id} has no numerator` });
      if (q.denominator === null && !q.noteCounts) ctx.addIssue({ code: 'custom', message: `ratio ${q.id} has no denominator` });
    }
  });

export type Catalogue = z.infer<typeof CatalogueSchema>;
export type CatalogueRow = z.infer<typeof CatalogueRowSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Ratio = z.infer<typeof RatioSchema>;

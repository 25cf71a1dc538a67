/**
 * The criteria tree as data: areas (I, II, III …) → criteria → sub-criteria, as the province's
 * decision prints them. Headings carry a title only; scored criteria carry their max points and how
 * they are scored (a scale on a figure of a table, or judged from the evidence). Checked with zod.
 */
import { z } from 'zod';
import { CRITERION_ID } from './ids';

export const TierSchema = z.object({ min: z.number(), points: z.number().min(0) });

export const ScaleSchema = z.discriminatedUnion('type', [
  /** The points of the highest tier whose `min` the value reaches. */
  z.object({ type: z.literal('tiers'), tiers: z.array(TierSchema).min(1) }),
  /** max × value ÷ full, and all the points from `full` up. */
  z.object({ type: z.literal('proportional'), full: z.number().positive() }),
]);

export const MeasureSchema = z.union([z.object({ indicator: z.string().min(1) }), z.object({ ratio: z.string().min(1) })]);

/** "II.2.5.1": the area's Roman numeral, then the code as printed. */
export const CriterionId = z.string().regex(CRITERION_ID, 'a code like II.2.5.1 (area, then the printed code)');

export const HeadingSchema = z.object({
  id: CriterionId,
  /** As printed: "II. Kết quả thực hiện nhiệm vụ CCHC", "2.5. Kết quả giải quyết TTHC". */
  title: z.string().min(1),
});

export const CriterionSchema = z
  .object({
    id: CriterionId,
    /** A: PAR Index; B: SIPAS. */
    section: z.enum(['A', 'B']),
    /** As printed: "2.5.1. Tỷ lệ hồ sơ …". */
    title: z.string().min(1),
    /** How the cause names the figure: "tỷ lệ hồ sơ giải quyết đúng hạn"; empty for "Năm 2022 đạt 76,45%". */
    subject: z.string().default(''),
    /** The figure of a table it is measured by; null when judged (or the figure is typed in the sheet). */
    measure: MeasureSchema.nullable().default(null),
    max: z.number().positive(),
    /** Points from the figure; null when the points are judged. */
    scale: ScaleSchema.nullable().default(null),
    /** The benchmark (%): a figure below it needs remediation even with full points. */
    target: z.number().nullable().default(null),
    owner: z.string().default(''),
    plan: z.string().default(''),
    /** A default to replace by the province's decision. */
    isDefault: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.scale?.type === 'tiers' && c.scale.tiers.some((t) => t.points > c.max))
      ctx.addIssue({ code: 'custom', path: ['scale'], message: `a tier gives more than the maximum ${c.max}` });
  });

export const RubricSchema = z
  .object({
    name: z.string(),
    headings: z.array(HeadingSchema).default([]),
    criteria: z.array(CriterionSchema).min(1),
    /** Rating bands by the index (% of points possible), highest first when read; none until the province sets them. */
    bands: z.array(z.object({ min: z.number(), name: z.string().min(1) })).default([]),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `the code ${c.id} appears twice` });
      seen.add(c.id);
    });
  });

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type Band = Rubric['bands'][number];

export { areaOf, codeOf } from './ids';

/** The scoring rubric: data the user can see and edit (in the workbook's "Thang điểm" sheet), checked with zod. */
import { z } from 'zod';

export const TierSchema = z.object({ min: z.number(), points: z.number().min(0) });

export const ScaleSchema = z.discriminatedUnion('type', [
  /** The points of the highest tier whose `min` the value reaches. */
  z.object({ type: z.literal('tiers'), tiers: z.array(TierSchema).min(1) }),
  /** max × value ÷ full, and all the points from `full` up. */
  z.object({ type: z.literal('proportional'), full: z.number().positive() }),
]);

export const MeasureSchema = z.union([z.object({ indicator: z.string().min(1) }), z.object({ ratio: z.string().min(1) })]);

export const CriterionSchema = z
  .object({
    id: z.string().min(1),
    /** A: PAR Index; B: SIPAS. */
    section: z.enum(['A', 'B']),
    /** The area heading of the official criteria ("II. Kết quả thực hiện nhiệm vụ CCHC"). */
    area: z.string().min(1),
    title: z.string().min(1),
    /** How the cause names the figure: "tỷ lệ hồ sơ giải quyết đúng hạn". */
    subject: z.string().min(1),
    measure: MeasureSchema,
    max: z.number().positive(),
    scale: ScaleSchema,
    /** The benchmark: below it, the criterion needs remediation even with full points. */
    target: z.number(),
    owner: z.string().min(1),
    plan: z.string().min(1),
    /** A default to adjust to the province's decision. */
    isDefault: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.scale.type === 'tiers' && c.scale.tiers.some((t) => t.points > c.max))
      ctx.addIssue({ code: 'custom', path: ['scale'], message: `a tier gives more than the maximum ${c.max}` });
  });

export const RubricSchema = z.object({
  name: z.string(),
  criteria: z.array(CriterionSchema).min(1),
});

export type Rubric = z.infer<typeof RubricSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Scale = z.infer<typeof ScaleSchema>;

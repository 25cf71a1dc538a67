import data from './default-rubric.json';
import { Rubric, RubricSchema } from './schema';

export { RubricSchema, CriterionSchema, HeadingSchema, ScaleSchema, areaOf, codeOf } from './schema';
export type { Band, Criterion, Heading, Rubric, RubricInput, Scale } from './schema';

/** Checks a rubric (a file, or what the "Thang điểm" sheet holds) and returns it, or throws zod's error. */
export function loadRubric(raw: unknown): Rubric {
  return RubricSchema.parse(raw);
}

/**
 * The default criteria tree: every criterion the seeds give with its max points (seed 001's twelve
 * the council scored, and those the statistics appendix measures), each marked as a default to
 * replace by the province's decision.
 */
export const DEFAULT_RUBRIC: Rubric = loadRubric(data);

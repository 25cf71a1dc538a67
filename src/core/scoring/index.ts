import data from './default-rubric.json';
import { Rubric, RubricSchema } from './schema';

export { RubricSchema, CriterionSchema, ScaleSchema } from './schema';
export type { Criterion, Rubric, Scale } from './schema';

/** Checks a rubric (a file, or what the "Thang điểm" sheet holds) and returns it, or throws zod's error. */
export function loadRubric(raw: unknown): Rubric {
  return RubricSchema.parse(raw);
}

/** Defaults for every criterion the appendix can measure, each marked as a default to adjust. */
export const DEFAULT_RUBRIC: Rubric = loadRubric(data);

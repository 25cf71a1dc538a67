/** What the pane needs from the core, passed in as a prop so components never reach for a host. */
import { DEFAULT_RUBRIC, check, planClearHighlights, planFillRatios, planHighlights, planRemediation, rubricSheetPlan } from '../core';

export interface Engine {
  check: typeof check;
  planHighlights: typeof planHighlights;
  planFillRatios: typeof planFillRatios;
  planClearHighlights: typeof planClearHighlights;
  planRemediation: typeof planRemediation;
  rubricSheetPlan: typeof rubricSheetPlan;
  defaultRubric: typeof DEFAULT_RUBRIC;
}

export const CORE_ENGINE: Engine = {
  check,
  planHighlights,
  planFillRatios,
  planClearHighlights,
  planRemediation,
  rubricSheetPlan,
  defaultRubric: DEFAULT_RUBRIC,
};

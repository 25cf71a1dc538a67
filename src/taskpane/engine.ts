/** What the pane needs from the core, passed in as a prop so components never reach for a host. */
import { check, planClearHighlights, planFillRatios, planHighlights } from '../core';

export interface Engine {
  check: typeof check;
  planHighlights: typeof planHighlights;
  planFillRatios: typeof planFillRatios;
  planClearHighlights: typeof planClearHighlights;
}

export const CORE_ENGINE: Engine = { check, planHighlights, planFillRatios, planClearHighlights };

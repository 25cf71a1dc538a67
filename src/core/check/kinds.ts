/** Every kind the check runs, in the order their sections appear in a report. */
import { UNIT_KINDS } from '../kinds/units';
import type { UnitKind } from '../kinds/units/schema';
import { APPENDIX_KIND } from './appendix';
import type { Kind } from './kind';
import { SCORING_KIND } from './scoring';
import { unitKind } from './units';

/** The kinds of a check: the appendix, the scoring sheet, then the tables of units (the caller's, or all). */
export function kindsFor(units: UnitKind[] = UNIT_KINDS): Kind[] {
  return [APPENDIX_KIND, SCORING_KIND, ...units.map(unitKind)] as Kind[];
}

/** Every kind the core knows; a kind added to the core is added here. */
export const KINDS: Kind[] = kindsFor();

/** The kinds as the check runs them, and the locating of their tables in a probe. */
export type { CheckContext, ChosenRubric, HeaderHit, Kind, KindOptions, Miss, Section, TableFinder } from './kind';
export { APPENDIX_KIND } from './appendix';
export { SCORING_KIND } from './scoring';
export { UNIT_TABLE_KINDS, unitFinder, unitKind } from './units';
export { KINDS, kindsFor } from './kinds';
export {
  TABLE_FINDERS,
  deepFromSheet,
  deepHeaderRow,
  deepStrip,
  deepWindow,
  findsTable,
  locateTables,
  needsDeepLook,
  probeSnapshot,
} from './locate';

/** The kinds that are tables of units or components, as data checked at load. */
import tally from './survey-tally.json';
import satisfaction from './satisfaction-by-unit.json';
import sipas from './sipas-components.json';
import { UnitKind, UnitKindSchema } from './schema';

export { UnitKindSchema, TableKindSchema } from './schema';
export type { KnownRow, TableKind, UnitColumn, UnitKind } from './schema';

/** Checks a kind given as data (for instance a province's variant) and returns it, or throws zod's error. */
export function loadUnitKind(raw: unknown): UnitKind {
  return UnitKindSchema.parse(raw);
}

export const SURVEY_TALLY: UnitKind = loadUnitKind(tally);
export const SATISFACTION_BY_UNIT: UnitKind = loadUnitKind(satisfaction);
export const SIPAS_COMPONENTS: UnitKind = loadUnitKind(sipas);

/** Every unit-table kind the core knows, tried on every sheet. */
export const UNIT_KINDS: UnitKind[] = [SURVEY_TALLY, SATISFACTION_BY_UNIT, SIPAS_COMPONENTS];

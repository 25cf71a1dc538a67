/** The kinds that are tables of units or components, as plain data whose schema the tests check (test/core/data.test.ts). */
import tally from './survey-tally.json';
import satisfaction from './satisfaction-by-unit.json';
import sipas from './sipas-components.json';
import type { UnitKind } from './schema';

export type { KnownRow, TableKind, UnitColumn, UnitKind } from './schema';

export const SURVEY_TALLY = tally as unknown as UnitKind;
export const SATISFACTION_BY_UNIT = satisfaction as unknown as UnitKind;
export const SIPAS_COMPONENTS = sipas as unknown as UnitKind;

/** Every unit-table kind the core knows, tried on every sheet. */
export const UNIT_KINDS: UnitKind[] = [SURVEY_TALLY, SATISFACTION_BY_UNIT, SIPAS_COMPONENTS];

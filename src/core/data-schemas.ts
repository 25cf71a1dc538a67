/**
 * The schemas of the core's data, for data that arrives at run time from a file (`cchc check
 * --catalogue`, `cchc fix --rubric`) and for the tests that hold the shipped data to them. Not
 * exported from the core's index: the task pane never loads the schema library.
 */
import { Catalogue, CatalogueSchema } from './kinds/appendix/catalogue/schema';
import { UnitKind, UnitKindSchema } from './kinds/units/schema';
import { Rubric, RubricSchema } from './scoring/schema';

export { CatalogueSchema } from './kinds/appendix/catalogue/schema';
export { TableKindSchema, UnitKindSchema } from './kinds/units/schema';
export { CriterionSchema, HeadingSchema, RubricSchema, ScaleSchema } from './scoring/schema';

/** Checks a catalogue (for instance one a province edited) and returns it, or throws zod's error. */
export function loadCatalogue(raw: unknown): Catalogue {
  return CatalogueSchema.parse(raw);
}

/** Checks a kind given as data (for instance a province's variant) and returns it, or throws zod's error. */
export function loadUnitKind(raw: unknown): UnitKind {
  return UnitKindSchema.parse(raw);
}

/** Checks a rubric from a file and returns it, or throws zod's error. */
export function loadRubric(raw: unknown): Rubric {
  return RubricSchema.parse(raw);
}

import data from './appendix-2021.json';
import { Catalogue, CatalogueSchema } from './schema';

export { CatalogueSchema } from './schema';
export type { Catalogue, CatalogueRow, Ratio, Relation } from './schema';

/** Checks a catalogue (for instance one a province edited) and returns it, or throws zod's error. */
export function loadCatalogue(raw: unknown): Catalogue {
  return CatalogueSchema.parse(raw);
}

/** The 2021 statistics appendix (seed 004), checked at load. */
export const APPENDIX_2021: Catalogue = loadCatalogue(data);

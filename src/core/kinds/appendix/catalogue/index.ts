import data from './appendix-2021.json';
import type { Catalogue } from './schema';

export type { Catalogue, CatalogueRow, Ratio, Relation } from './schema';

/** The 2021 statistics appendix (seed 004). Plain data: its schema is checked by the tests (test/core/data.test.ts). */
export const APPENDIX_2021 = data as unknown as Catalogue;

/** Why no table was recognized, as codes; their sentences are in vi.ts and en.ts. */
import type { Field } from '../kinds/appendix/recognize';
import { Lang } from './common';
import { notFoundEn } from './en';
import { notFoundVi } from './vi';

export type NotFound =
  /** No sheet has the header of any known table. */
  | { code: 'no-table' }
  /** A sheet has a header row like the appendix's, but lacks some of its columns (or any catalogue row). */
  | { code: 'appendix-incomplete'; sheet: string; missing: Field[] };

export function notFoundMessage(nf: NotFound, lang: Lang): string {
  return lang === 'vi' ? notFoundVi(nf) : notFoundEn(nf);
}

/** Why no table was recognized, as codes; their sentences are in vi.ts and en.ts. */
import type { NotFound } from '../report-types';
import { Lang } from './common';
import { notFoundEn } from './en';
import { notFoundVi } from './vi';

export type { NotFound } from '../report-types';

export function notFoundMessage(nf: NotFound, lang: Lang): string {
  return lang === 'vi' ? notFoundVi(nf) : notFoundEn(nf);
}

/** The consolidated workbook's words and the cross-file findings' sentences, in the language asked for. */
import type { CombineText } from '../combine/words';
import type { CrossFinding } from '../combine/types';
import { Lang } from './common';
import { combineEn } from './combine-en';
import { combineVi } from './combine-vi';

export function combineText(t: CombineText, lang: Lang): string {
  return lang === 'en' ? combineEn(t) : combineVi(t);
}

export function crossMessage(f: CrossFinding, lang: Lang): string {
  return combineText({ code: 'cross', finding: f }, lang);
}

import { Finding } from '../rules/findings';
import { WorkbookProblem } from '../workbook/outcomes';
import { Lang } from './common';
import { messageEn, problemEn } from './en';
import { messageVi, problemVi } from './vi';

export type { Lang } from './common';

export function message(f: Finding, lang: Lang): string {
  return lang === 'vi' ? messageVi(f) : messageEn(f);
}

/** The sentence for a failure to read or write a workbook. */
export function problemMessage(p: WorkbookProblem, lang: Lang): string {
  return lang === 'vi' ? problemVi(p) : problemEn(p);
}

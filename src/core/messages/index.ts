import { Finding } from '../rules/findings';
import { WorkbookProblem } from '../workbook/outcomes';
import { Lang } from './common';
import { FinishingTouch } from '../workbook/write-plan';
import { messageEn, problemEn, touchesEn } from './en';
import { messageVi, problemVi, touchesVi } from './vi';

export type { Lang } from './common';

export function message(f: Finding, lang: Lang): string {
  return lang === 'vi' ? messageVi(f) : messageEn(f);
}

/** The sentence for a failure to read or write a workbook. */
export function problemMessage(p: WorkbookProblem, lang: Lang): string {
  return lang === 'vi' ? problemVi(p) : problemEn(p);
}

/** One line naming the finishing touches this Excel skipped ('' when none), for the pane and the ribbon. */
export function touchesMessage(list: FinishingTouch[], lang: Lang): string {
  return lang === 'vi' ? touchesVi(list) : touchesEn(list);
}

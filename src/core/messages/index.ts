import { Finding } from '../rules/findings';
import { WorkbookProblem } from '../workbook/outcomes';
import { Lang } from './common';
import { messageEn, problemEn, touchesSkippedEn } from './en';
import { messageVi, problemVi, touchesSkippedVi } from './vi';
import { FinishingTouch } from '../workbook/write-plan';

export type { Lang } from './common';

export function message(f: Finding, lang: Lang): string {
  return lang === 'vi' ? messageVi(f) : messageEn(f);
}

/** The sentence for a failure to read or write a workbook. */
export function problemMessage(p: WorkbookProblem, lang: Lang): string {
  return lang === 'vi' ? problemVi(p) : problemEn(p);
}

/** One line naming the finishing touches this Excel could not apply ('' when none). */
export function touchesSkippedMessage(touches: FinishingTouch[], lang: Lang): string {
  return lang === 'vi' ? touchesSkippedVi(touches) : touchesSkippedEn(touches);
}

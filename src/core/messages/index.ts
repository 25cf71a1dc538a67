import { Finding } from '../rules/findings';
import { WorkbookProblem } from '../workbook/outcomes';
import { Lang } from './common';
import { messageEn, noteEn, problemEn, touchesSkippedEn } from './en';
import { messageVi, noteVi, problemVi, touchesSkippedVi } from './vi';
import type { Note } from '../notes';
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

/** The sentence for what an action did, or why not, in the language shown now. */
export function noteMessage(n: Note, lang: Lang): string {
  return lang === 'vi' ? noteVi(n) : noteEn(n);
}

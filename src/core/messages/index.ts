import { Finding } from '../rules/findings';
import { WorkbookProblem } from '../workbook/outcomes';
import { Lang } from './common';
import { messageEn, problemEn, textEn } from './en';
import { messageVi, problemVi, textVi } from './vi';
import { Text } from './texts';

export type { Lang } from './common';
export type { CliLine, FileProblem, NotFound, Text, UsageProblem } from './texts';

export function message(f: Finding, lang: Lang): string {
  return lang === 'vi' ? messageVi(f) : messageEn(f);
}

/** The sentence for a failure to read or write a workbook. */
export function problemMessage(p: WorkbookProblem, lang: Lang): string {
  return lang === 'vi' ? problemVi(p) : problemEn(p);
}

/** The sentence for any other coded outcome (why nothing was recognized, the CLI's lines). */
export function text(t: Text, lang: Lang): string {
  return lang === 'vi' ? textVi(t) : textEn(t);
}

/** Both languages at once, for a report's `reasons` and the CLI's bilingual lines. */
export function texts(t: Text): { vi: string; en: string } {
  return { vi: textVi(t), en: textEn(t) };
}

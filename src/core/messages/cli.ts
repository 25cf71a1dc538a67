/** What the command line says, as codes; the sentences are in vi.ts and en.ts. */
import type { CliMessage } from './codes';
import { Lang } from './common';
import { cliEn } from './en';
import { cliVi } from './vi';

export type { CliMessage } from './codes';

export function cliMessage(m: CliMessage, lang: Lang): string {
  return lang === 'vi' ? cliVi(m) : cliEn(m);
}

/** The same message in both languages. */
export function cliBoth(m: CliMessage): { vi: string; en: string } {
  return { vi: cliVi(m), en: cliEn(m) };
}

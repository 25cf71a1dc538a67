/** What the command line says, as codes; the sentences are in vi.ts and en.ts. */
import type { Severity } from '../rules/findings';
import type { TableKind } from '../kinds/units/schema';
import { Lang } from './common';
import { cliEn } from './en';
import { cliVi } from './vi';

export type CliMessage =
  | { code: 'usage' }
  | { code: 'unknown-command'; command: string }
  | { code: 'needs-value'; option: string }
  | { code: 'bad-lang' }
  | { code: 'unknown-option'; option: string }
  | { code: 'no-file' }
  | { code: 'fix-args' }
  | { code: 'rubric-args' }
  /** What `cchc rubric` did: added the scoring sheet from the defaults, or refreshed the product's own. */
  | { code: 'rubric-done'; sheet: string; refreshed: boolean; criteria: number; output: string }
  | { code: 'unexpected'; detail: string }
  | { code: 'file-not-found' }
  | { code: 'is-folder' }
  | { code: 'no-permission' }
  | { code: 'unreadable' }
  | { code: 'not-json'; path: string }
  | { code: 'catalogue-invalid'; path: string; detail: string }
  | { code: 'rubric-invalid'; path: string; detail: string }
  /** The line naming one table of a report. */
  | { code: 'table'; kind: TableKind; sheet: string; headerRow: number; year: number | null; office: string | null; edition: string | null }
  /** The counts of a report; `indicators` for the appendix only. */
  | { code: 'counts'; indicators: number | null; error: number; warning: number; info: number }
  | { code: 'heading'; group: Severity | 'derived'; count: number }
  | { code: 'same-output' }
  | { code: 'would-lose'; input: string; parts: string }
  | { code: 'filled'; count: number }
  | { code: 'highlighted'; count: number }
  | { code: 'added-sheet'; name: string }
  | { code: 'wrote'; output: string; errors: number }
  /** `npm start` on a machine without desktop Excel. */
  | { code: 'start-no-excel' }
  /** `npm start`'s build steps: compiling, bundling, or nothing to do. */
  | { code: 'start-build'; step: 'compile' | 'bundle' | 'up-to-date' };

export function cliMessage(m: CliMessage, lang: Lang): string {
  return lang === 'vi' ? cliVi(m) : cliEn(m);
}

/** The same message in both languages. */
export function cliBoth(m: CliMessage): { vi: string; en: string } {
  return { vi: cliVi(m), en: cliEn(m) };
}

/** The codes of the command line's lines, with their facts; the sentences are in vi.ts and en.ts. */
import type { Severity } from '../rules/findings';
import type { TableKind } from '../kinds/units/schema';
import type { CompareRefusal } from '../combine/compare';

export type CliMessage =
  | { code: 'usage' }
  | { code: 'unknown-command'; command: string }
  | { code: 'needs-value'; option: string }
  | { code: 'bad-lang' }
  | { code: 'bad-target'; value: string }
  | { code: 'unknown-option'; option: string }
  | { code: 'no-file' }
  | { code: 'fix-args' }
  | { code: 'rubric-args' }
  | { code: 'unexpected'; detail: string }
  /** `--previous` with a workbook that cannot be set beside this one. */
  | { code: 'previous-refused'; file: string; previous: string; refusal: CompareRefusal }
  /** The line of a text report naming last year's workbook and how many figures were compared. */
  | { code: 'previous-line'; file: string; year: number | null; changes: number }
  /** `--previous` with more than one file to check. */
  | { code: 'previous-args' }
  /** `fix --unicode` with an option that asks for more than the conversion (`--previous`, `--rubric`, `--no-highlight`). */
  | { code: 'unicode-alone'; option: string }
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
  | { code: 'would-lose'; input: string; parts: string }
  /** `npm start` on a machine without desktop Excel. */
  | { code: 'start-no-excel' }
  /** `npm start`'s build steps: compiling, bundling, or nothing to do. */
  | { code: 'start-build'; step: 'compile' | 'bundle' | 'up-to-date' }
  /** The preview's server: not built yet, serving at `port`, or the port taken. */
  | { code: 'preview-not-built' }
  | { code: 'preview-serving'; port: number }
  | { code: 'port-busy'; port: number }
  /** `cchc consolidate`: its arguments, its progress line, its result, and why it stopped. */
  | { code: 'consolidate-args' }
  | { code: 'consolidate-progress'; done: number; total: number; withErrors: number }
  | { code: 'consolidated'; output: string; files: number; added: number; missing: number; cross: number }
  /** `consolidate --previous`: last year's files, and how many of the units added up found their office among them. */
  | { code: 'consolidate-previous'; year: number | null; files: number; matched: number; added: number }
  | { code: 'units-unreadable'; path: string }
  | { code: 'nothing-to-consolidate' }
  | { code: 'verify-created'; sheet: string; cell: string };

export type { NotFound } from '../report-types';

/**
 * Coded outcomes other than findings and workbook problems: why no table was recognized, the
 * CLI's refusals and lines. Their sentences are in vi.ts and en.ts.
 */
import type { KindId, Severity } from '../rules/findings';

/** Why a workbook holds no known table. */
export type NotFound = { code: 'not-found.no-header' } | { code: 'not-found.incomplete'; sheet: string; missing: string[] };

/** A mistake on the command line. */
export type UsageProblem =
  | { code: 'usage.unknown-command'; command: string }
  | { code: 'usage.needs-value'; option: string }
  | { code: 'usage.bad-lang' }
  | { code: 'usage.bad-target'; value: string }
  | { code: 'usage.unknown-option'; option: string }
  | { code: 'usage.no-file' }
  | { code: 'usage.fix-files' };

/** A file the CLI could not use. */
export type FileProblem =
  | { code: 'file.not-found' }
  | { code: 'file.is-folder' }
  | { code: 'file.no-permission' }
  | { code: 'file.unreadable' }
  | { code: 'file.not-json' }
  | { code: 'file.catalogue-invalid'; detail: string }
  | { code: 'file.rubric-invalid'; detail: string }
  | { code: 'file.same-as-input' }
  | { code: 'file.would-lose'; parts: { vi: string; en: string }[] };

/** The lines of the CLI's readable report and of `fix`. */
export type CliLine =
  | { code: 'cli.usage' }
  | { code: 'cli.start-preview' }
  | { code: 'cli.unexpected'; detail: string }
  | { code: 'cli.appendix-at'; sheet: string; headerRow: number; year: number | null; office: string | null }
  | { code: 'cli.table-at'; kind: KindId; sheet: string; headerRow: number; year: number | null; office: string | null }
  | { code: 'cli.counts'; known: number; error: number; warning: number; info: number }
  | { code: 'cli.heading'; of: Severity | 'derived'; count: number }
  | { code: 'fix.filled'; count: number }
  | { code: 'fix.highlighted'; count: number }
  | { code: 'fix.added-sheet'; name: string }
  | { code: 'fix.wrote'; path: string; errors: number };

export type Text = NotFound | UsageProblem | FileProblem | CliLine;

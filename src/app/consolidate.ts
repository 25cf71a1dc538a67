/**
 * Consolidation as an action, for every front: files read one at a time through the same port and
 * the same check as `cchc check` (each isolated: a file that cannot be read, or makes the engine
 * fail, becomes its status row), kept only as summaries; then the consolidated workbook, built as a
 * new package and read back before its bytes are handed out. Outcomes are coded.
 *
 *   front ─ consolidateFiles(inputs) ─> (readTables ─> check ─> summary) per file ─> Consolidation
 *         ─ consolidatedWorkbook(c) ─> sheets ─> createPackage ─> verifyCreated ─> bytes
 */
import type { Lang, WorkbookProblem } from '../core';
import { WorkbookError, problemMessage } from '../core';
import { Consolidator } from '../core/combine/consolidate';
import { addedUnits } from '../core/combine/types';
import type { Consolidation, CrossFinding } from '../core/combine/types';
import { consolidationSheets } from '../core/combine/sheets';
import type { SheetSpec } from '../core/combine/sheets';
import { combineText, crossMessage } from '../core/messages/combine';
import { expectedOffices } from '../core/combine/expected';
import { createPackage, verifyCreated } from '../xlsx/create';
import { openPackage, parseSheet } from '../xlsx/package';
import { LIMITS } from '../xlsx/zip';
import { reportOf } from './report';

/** One file to consolidate: its name as shown, and how to get its bytes (read only when its turn comes). */
export interface ConsolidateInput {
  name: string;
  read: () => Promise<Uint8Array>;
}

export interface Progress {
  done: number;
  total: number;
  /** Files read so far whose report holds errors or that could not be used. */
  withErrors: number;
}

export interface ConsolidateOptions {
  lang: Lang;
  /** The offices expected to send a file (`--units`). */
  expected?: string[];
  onProgress?: (p: Progress) => void;
  /** Called between two files (the CLI keeps its memory flat there). */
  settle?: (done: number) => void;
  /** Why a read failed, in both languages (the front knows its own errors: a missing file, a folder). */
  describe?: (e: unknown) => { vi: string; en: string };
}

/** Why a file could not be read, in both languages: the engine's coded problem, else what the read said. */
export function defaultDescribe(e: unknown): { vi: string; en: string } {
  // Not the command line's sentences: the task pane loads this module, and those would ship with it.
  const problem =
    e instanceof WorkbookError
      ? e.problem
      : { code: 'file-io' as const, detail: String((e as Error)?.message ?? e), changed: 'nothing' as const };
  return { vi: problemMessage(problem, 'vi'), en: problemMessage(problem, 'en') };
}

/** Reads every input in order and consolidates them. Memory stays flat: one report at a time. */
export async function consolidateFiles(inputs: ConsolidateInput[], opts: ConsolidateOptions): Promise<Consolidation> {
  const acc = new Consolidator({ lang: opts.lang });
  let withErrors = 0;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const report = await reportOf(input.read, { file: input.name, lang: opts.lang }, opts.describe ?? defaultDescribe);
    const s = acc.add(report, input.name);
    if (s.problem !== null || s.errors > 0) withErrors++;
    opts.onProgress?.({ done: i + 1, total: inputs.length, withErrors });
    opts.settle?.(i + 1);
  }
  return acc.finish(opts.expected ?? []);
}

export type WorkbookOutcome =
  | { status: 'done'; bytes: Uint8Array; sheets: SheetSpec[] }
  /** The package did not read back as meant: nothing to save. */
  | { status: 'failed'; sheet: string; cell: string }
  /** The engine refused its own package (a coded problem): nothing to save. */
  | { status: 'failed'; problem: WorkbookProblem };

/** The consolidated workbook's bytes, read back and compared cell by cell before they are handed out. */
export function consolidatedWorkbook(c: Consolidation, lang: Lang): WorkbookOutcome {
  const sheets = consolidationSheets(c, (t) => combineText(t, lang), lang);
  const { bytes, pieces } = createPackage(sheets);
  try {
    const bad = verifyCreated(bytes, sheets, pieces);
    return bad ? { status: 'failed', ...bad } : { status: 'done', bytes, sheets };
  } catch (e) {
    if (e instanceof WorkbookError) return { status: 'failed', problem: e.problem };
    throw e;
  }
}

/** Whether the set is clean (0), has a unit with errors or a cross-file finding (1), or nothing to add up (2). */
export function consolidationStatus(c: Consolidation): 0 | 1 | 2 {
  if (addedUnits(c) === 0) return 2;
  return c.findings.length > 0 || c.units.some((u) => u.status === 'findings') ? 1 : 0;
}

/** What `--json` prints: the consolidation's lists, each cross-file finding with its sentence. */
export type ConsolidationJson = Pick<Consolidation, 'year' | 'edition' | 'units' | 'indicators' | 'tally' | 'ranking' | 'previous'> & {
  findings: (CrossFinding & { message: string })[];
};

/** DESIGN's `cchc consolidate --json` object: cross-file findings with their sentence in `lang`. */
export function consolidationJson(c: Consolidation, lang: Lang): ConsolidationJson {
  return {
    year: c.year,
    edition: c.edition,
    units: c.units,
    indicators: c.indicators,
    tally: c.tally,
    ranking: c.ranking,
    findings: c.findings.map((f) => ({ ...f, message: crossMessage(f, lang) })),
    ...(c.previous ? { previous: c.previous } : {}),
  };
}

/** How many units were added into the totals (the front's summary lines). */
export { addedUnits };

/** This year's consolidation with last year's beside it (`--previous`): each office's change, or the coded refusal. */
export { withPreviousYear } from '../core/combine/year-change';

/** The offices a province expects, from a file's bytes: a workbook's first sheet's column A, or a text list's lines. */
export function expectedUnits(bytes: Uint8Array): string[] {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const pkg = openPackage(bytes);
    const first = pkg.sheets[0];
    if (!first) return [];
    const parsed = parseSheet(pkg, first.path, { cells: LIMITS.cells });
    return expectedOffices(
      parsed.rows.flatMap((r) => r.cells.filter((c) => c.col === 1).map((c) => (typeof c.value === 'object' ? null : c.value))),
    );
  }
  return expectedOffices(new TextDecoder().decode(bytes).split(/\r?\n/));
}

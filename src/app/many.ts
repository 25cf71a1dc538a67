/**
 * The actions that read other workbooks beside the open one (the province's consolidation, last year's
 * file): each file read by the package engine, as `cchc` reads it. Loaded only when one of them is
 * used (`actions.ts` imports this module on demand), so the task pane's first load never carries the
 * package engine nor the consolidation.
 *
 *   consolidateInto: files ─> consolidateFiles ─> consolidationSheets ─> planConsolidation ─> port.apply (per sheet)
 *   compareWith:     open workbook ─> check ─┐
 *                    last year's bytes ─> reportOf ─> compareWithPrevious ─> Outcome { report with previous, changes }
 */
import type { CheckOptions, FinishingTouch, Lang, Note, WorkbookPort, WorkbookSnapshot } from '../core';
import { WorkbookError, check } from '../core';
import { consolidationSheets } from '../core/combine/sheets';
import { addedUnits } from '../core/combine/types';
import { combineText } from '../core/messages/combine';
import { planConsolidation } from '../core/write/consolidation';
import type { MadeWorkbook, Outcome, PickedFile } from './outcome';
import { consolidateFiles, consolidatedWorkbook, defaultDescribe as describe } from './consolidate';
import { compareWithPrevious, reportOf } from './report';
import { readTables } from './session';
import { useFflateUnlessSet } from '../xlsx/fflate';

// The package engine needs a codec: fflate in the pane and the preview (the CLI installs Node's zlib first).
useFflateUnlessSet();

export interface ConsolidateIntoOptions {
  lang: Lang;
  /** The user's yes to replacing the consolidated sheets the product made earlier. */
  replace: boolean;
  /** The offices expected to send a file. */
  expected?: string[];
  /** Files read so far, of the total. */
  onProgress?: (p: { read: number; total: number }) => void;
}

/** The names and the stored state of the open workbook: all a plan of new sheets needs (one round trip). */
async function namesAndState(port: WorkbookPort): Promise<WorkbookSnapshot> {
  const probe = await port.probe();
  return {
    sheets: [],
    sheetNames: probe.sheets.map((s) => s.name),
    structureProtected: probe.structureProtected ?? false,
    state: probe.state ?? null,
    stateProblem: probe.stateProblem ?? null,
  };
}

/** The files as inputs to consolidate; each waits for the host's next turn before it is read, so the progress line is drawn between two files. */
function inputs(files: PickedFile[]) {
  return files.map((f) => ({ name: f.name, read: () => new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(f.bytes), 0)) }));
}

const failed = (e: unknown): Outcome => {
  if (e instanceof WorkbookError) return { status: 'failed', notes: [{ code: 'failed', problem: e.problem }] };
  throw e;
};

/**
 * Tổng hợp từ các tệp: reads every file (each isolated: one that cannot be read is its status row),
 * consolidates them, and writes the consolidated sheets into the open workbook, one sheet at a time.
 * The product's earlier consolidated sheets are replaced only with `replace` (else the outcome asks).
 */
export async function consolidateInto(port: WorkbookPort, files: PickedFile[], opts: ConsolidateIntoOptions): Promise<Outcome> {
  if (files.length === 0) return { status: 'refused', notes: [{ code: 'no-files' }] };
  try {
    const consolidation = await consolidateFiles(inputs(files), {
      lang: opts.lang,
      expected: opts.expected,
      describe,
      onProgress: (p) => opts.onProgress?.({ read: p.done, total: p.total }),
    });
    const specs = consolidationSheets(consolidation, (t) => combineText(t, opts.lang), opts.lang);
    const plan = planConsolidation(specs, await namesAndState(port), { replace: opts.replace });
    if (!plan.ok) {
      if (plan.refused === 'sheets-exist') return { status: 'ask', notes: [{ code: 'ask-replace-sheets', sheets: plan.sheets }] };
      return { status: 'refused', notes: [{ code: 'refused', refusal: plan }] };
    }
    const touches = new Set<FinishingTouch>();
    for (const p of plan.plans) {
      await port.apply(p);
      for (const t of port.touchesSkipped?.(p) ?? []) touches.add(t);
    }
    const added = addedUnits(consolidation);
    const notes: Note[] = [{ code: 'consolidated', files: files.length, added, sheets: plan.sheets, replaced: plan.replaced.length > 0 }];
    if (plan.chartsSkipped.length > 0) notes.push({ code: 'charts-skipped', sheets: plan.chartsSkipped });
    if (touches.size > 0) notes.push({ code: 'touches-skipped', touches: [...touches] });
    return { status: 'done', notes, written: plan.plans.reduce((n, p) => n + p.cells.length + (p.newSheet?.rows.length ?? 0), 0) };
  } catch (e) {
    return failed(e);
  }
}

/**
 * The preview's consolidation: the picked files consolidated into a new workbook, as `cchc consolidate`
 * writes it (charts included), read back before its bytes are handed out.
 */
export async function consolidateWorkbook(files: PickedFile[], opts: Omit<ConsolidateIntoOptions, 'replace'>): Promise<MadeWorkbook> {
  if (files.length === 0) return { status: 'refused', notes: [{ code: 'no-files' }] };
  const consolidation = await consolidateFiles(inputs(files), {
    lang: opts.lang,
    expected: opts.expected,
    describe,
    onProgress: (p) => opts.onProgress?.({ read: p.done, total: p.total }),
  });
  const made = consolidatedWorkbook(consolidation, opts.lang);
  if (made.status === 'failed') {
    const problem =
      'problem' in made
        ? made.problem
        : { code: 'verify-failed' as const, sheet: made.sheet, cell: made.cell, changed: 'nothing' as const };
    return { status: 'failed', notes: [{ code: 'failed', problem }] };
  }
  const added = addedUnits(consolidation);
  const sheets = made.sheets.map((x) => x.name);
  return {
    status: 'done',
    notes: [{ code: 'consolidated', files: files.length, added, sheets, replaced: false }],
    bytes: made.bytes,
    year: consolidation.year,
  };
}

/**
 * So với năm trước: checks the open workbook and last year's file, and returns this year's report with
 * `previous`, `changes` and the year findings (`year.jump`, `year.drop`, `year.mismatch`). Reads only.
 * A file of the same year, another office or no common table is refused with its code.
 */
export async function compareWith(port: WorkbookPort, previous: PickedFile, opts: CheckOptions & { lang: Lang }): Promise<Outcome> {
  try {
    const current = check(await readTables(port), opts);
    const last = await reportOf(async () => previous.bytes, { ...opts, file: previous.name }, describe);
    if (!last.recognized && last.code === 'unreadable')
      return {
        status: 'refused',
        notes: [
          { code: 'previous-unreadable', file: previous.name, reason: last.reasons ?? { vi: last.reason ?? '', en: last.reason ?? '' } },
        ],
        report: current,
      };
    const c = compareWithPrevious(current, last, {
      file: previous.name,
      lang: opts.lang,
      target: opts.targets?.['satisfaction-by-unit'] ?? null,
    });
    if (!c.ok) {
      const { ok: _ok, ...refusal } = c;
      return { status: 'refused', notes: [{ code: 'previous-refused', file: previous.name, refusal }], report: current };
    }
    const findings = c.report.findings.filter((f) => f.rule.startsWith('year.')).length;
    const note: Note = {
      code: 'compared',
      file: previous.name,
      year: c.report.previous?.year ?? null,
      changes: c.report.changes?.length ?? 0,
      findings,
    };
    return { status: 'done', notes: [note], report: c.report };
  } catch (e) {
    return failed(e);
  }
}

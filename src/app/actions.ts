/**
 * The action layer: every action the product offers, once, for every front (the task pane, the
 * ribbon, the preview, the CLI). Each reads what it needs through the port, asks the core for a
 * plan, applies it, and returns an `Outcome`: how it ended and coded notes (`Note`) with their
 * facts. The fronts draw the notes in the language shown; they never read, plan or apply themselves.
 *
 *   front ─ action(port, …) ─> readTables ─> core check/plan ─> port.apply ─> Outcome { status, notes, report }
 */
import type { CheckOptions, FindingOut, Note, PlanRefusal, PlanResult, Report, WorkbookPort, WorkbookSnapshot, WritePlan } from '../core';
import {
  WorkbookError,
  check as checkTables,
  criteriaInSheet,
  findRubricSheet,
  lastUndo,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  planQuickFix,
  planRubricSheet,
  planToUnicode,
  planUndo,
  quickFixFor,
  quickFixKey,
  quickFixes,
  withPrevious,
} from '../core';
import type { MadeWorkbook, Outcome, PickedFile } from './outcome';
import { planWithFills, readTables } from './session';

export type { MadeWorkbook, Outcome, PickedFile } from './outcome';

export type ActionOptions = CheckOptions & {
  /** Receives the report as soon as it exists, before any highlight is written (the pane lists findings at once). */
  onReport?: (report: Report) => void;
};

/** The refusal of a plan result, without its `ok`. */
function refusalOf(result: PlanRefusal & { ok?: false }): PlanRefusal {
  const { ok: _ok, ...refusal } = result;
  return refusal as PlanRefusal;
}

const refused = (refusal: PlanRefusal & { ok?: false }, extra: Partial<Outcome> = {}): Outcome => ({
  status: 'refused',
  notes: [{ code: 'refused', refusal: refusalOf(refusal) }],
  ...extra,
});

/** The note naming the finishing touches of `plan` this Excel could not apply, if any. */
function touchNotes(port: WorkbookPort, plan: WritePlan): Note[] {
  const touches = port.touchesSkipped?.(plan) ?? [];
  return touches.length ? [{ code: 'touches-skipped', touches }] : [];
}

/** Runs an action; a coded failure of the workbook or the host becomes a `failed` outcome. Bugs are thrown. */
async function guarded(run: (seen: { report?: Report }) => Promise<Outcome>): Promise<Outcome> {
  const seen: { report?: Report } = {};
  try {
    return await run(seen);
  } catch (e) {
    if (e instanceof WorkbookError) return { status: 'failed', notes: [{ code: 'failed', problem: e.problem }], report: seen.report };
    throw e;
  }
}

/** Reads the tables and checks them. */
async function readAndCheck(port: WorkbookPort, opts: ActionOptions, seen: { report?: Report }) {
  const snap = await readTables(port);
  const report = checkTables(snap, opts);
  seen.report = report;
  return { snap, report };
}

/** Plans against the tables read (reading the fills it needs), applies, and counts what was written. */
async function planAndApply(
  port: WorkbookPort,
  snap: WorkbookSnapshot,
  make: (s: WorkbookSnapshot) => PlanResult,
): Promise<{ ok: true; plan: WritePlan; skipped: number; touches: Note[] } | { ok: false; refusal: PlanRefusal }> {
  const { result } = await planWithFills(port, snap, make);
  if (!result.ok) return { ok: false, refusal: refusalOf(result) };
  await port.apply(result.plan);
  return { ok: true, plan: result.plan, skipped: result.skipped.length, touches: touchNotes(port, result.plan) };
}

/** What a check adds for the pane: the quick fixes and whether Hoàn tác can act. */
function afterCheck(report: Report, snap: WorkbookSnapshot): Pick<Outcome, 'fixes' | 'canUndo'> {
  return { fixes: report.recognized ? quickFixes(report.findings, snap) : new Map(), canUndo: lastUndo(snap) !== null };
}

/**
 * Kiểm tra: reads and checks every table, then highlights the findings (the previous check's
 * highlights are replaced). A refused highlight (a protected sheet) still returns the report.
 */
export function check(port: WorkbookPort, opts: ActionOptions): Promise<Outcome> {
  return guarded(async (seen) => {
    const { snap, report } = await readAndCheck(port, opts, seen);
    opts.onReport?.(report);
    const extra = afterCheck(report, snap);
    if (!report.recognized) return { status: 'done', notes: [], report, written: 0, ...extra };
    const hl = await planAndApply(port, snap, (s) => planHighlights(report, s));
    if (!hl.ok) return { status: 'done', notes: [{ code: 'refused', refusal: hl.refusal }], report, written: 0, ...extra };
    const notes: Note[] = [...(hl.skipped ? [{ code: 'skipped', count: hl.skipped } as const] : []), ...hl.touches];
    return { status: 'done', notes, report, written: hl.plan.fills.length, ...extra };
  });
}

/** Điền tỷ lệ: writes each derivable ratio (and each empty change cell of a unit table) into its cell as a live formula, then checks again. */
export function fillRatios(port: WorkbookPort, opts: ActionOptions): Promise<Outcome> {
  return guarded(async (seen) => {
    const { snap, report } = await readAndCheck(port, opts, seen);
    const done = await planAndApply(port, snap, (s) => planFillRatios(report, s));
    if (!done.ok) return refused(done.refusal, { report });
    const written = done.plan.cells.length;
    // The appendix's ratios, then the change columns of unit tables (this year − last year).
    const ratios = done.plan.cells.filter((c) => report.derived.some((d) => d.cell === c.cell && c.sheet === report.layout?.sheet)).length;
    const after = (await readAndCheck(port, opts, seen)).report;
    const note: Note = { code: 'filled', count: ratios, changes: written - ratios };
    return { status: 'done', notes: [note, ...done.touches], report: after, written };
  });
}

/** Xóa đánh dấu: removes the product's highlights, giving each cell its own fill back. */
export function clearHighlights(port: WorkbookPort): Promise<Outcome> {
  return guarded(async () => {
    const plan = planClearHighlights(await readTables(port));
    if (!plan.ok) return refused(plan);
    const count = plan.plan.fills.length;
    if (count > 0) await port.apply(plan.plan);
    return { status: 'done', notes: [{ code: 'cleared', count }], written: count };
  });
}

/**
 * Tạo bảng khắc phục: adds the remediation sheet. When the product made one before, the outcome
 * asks first (`ask-replace`); `replace` (the user's yes, the CLI's --force) replaces that sheet,
 * never one the user made. `previous`: last year's report, whose figures the causes cite.
 */
export function remediation(port: WorkbookPort, opts: ActionOptions & { replace: boolean; previous?: Report }): Promise<Outcome> {
  return guarded(async (seen) => {
    const { snap, report } = await readAndCheck(port, opts, seen);
    // The remediation sheet's plan (and the year comparison its causes may cite) loads only now: a chunk of its own in the pane.
    const { planRemediation } = await import(/* webpackChunkName: "remediation" */ '../core/write/remediation');
    // With last year's report, each computed criterion's cause cites last year's figure (refused as check --previous refuses).
    const plan = planRemediation(report, snap, { replace: opts.replace, ...(opts.previous ? { previous: opts.previous } : {}) });
    if (!plan.ok) {
      if (plan.refused === 'sheet-exists') return { status: 'ask', notes: [{ code: 'ask-replace', sheet: plan.sheet }], report };
      return refused(plan, { report });
    }
    await port.apply(plan.plan);
    const sheet = plan.plan.newSheet!;
    const notes: Note[] = [
      { code: 'remediation-added', sheet: sheet.name, replaced: sheet.replaces === true },
      ...touchNotes(port, plan.plan),
    ];
    return { status: 'done', notes, report };
  });
}

/**
 * Thang điểm: the scoring sheet. `open` shows the workbook's sheet when it has one (the pane's
 * button); otherwise, or with `refresh`, adds it from the default criteria or refreshes the one the
 * product made, keeping the scores typed in it (`cchc rubric`). Never replaces a sheet the user made.
 */
export function scoringSheet(port: WorkbookPort, opts: { mode: 'open' | 'refresh' }): Promise<Outcome> {
  return guarded(async () => {
    const snap = await readTables(port);
    const existing = findRubricSheet(snap);
    if (existing && opts.mode === 'open') {
      await port.select(existing.name, 'A1');
      return { status: 'done', notes: [{ code: 'scoring-sheet', sheet: existing.name, made: 'opened', criteria: 0 }] };
    }
    const plan = planRubricSheet(snap);
    if (!plan.ok) return refused(plan);
    await port.apply(plan.plan);
    const sheet = plan.plan.newSheet!;
    const criteria = criteriaInSheet(sheet);
    const made = plan.refreshed ? 'refreshed' : 'created';
    return { status: 'done', notes: [{ code: 'scoring-sheet', sheet: sheet.name, made, criteria }, ...touchNotes(port, plan.plan)] };
  });
}

/**
 * Sửa nhanh: applies a finding's quick fix, planned again from the workbook as it is now (the user
 * may have typed since the check), then checks again.
 */
export function quickFix(port: WorkbookPort, finding: Pick<FindingOut, 'rule' | 'cell'>, opts: ActionOptions): Promise<Outcome> {
  return guarded(async (seen) => {
    const { snap, report } = await readAndCheck(port, opts, seen);
    const now = report.findings.find((x) => quickFixKey(x) === quickFixKey(finding));
    const fix = now ? quickFixFor(now, snap) : null;
    if (!fix) return refused({ refused: 'no-quick-fix' }, { report, ...afterCheck(report, snap) });
    const plan = planQuickFix(fix, snap);
    if (!plan.ok) return refused(plan, { report, ...afterCheck(report, snap) });
    await port.apply(plan.plan);
    const after = await check(port, opts);
    const note: Note = { code: 'fixed', sheet: fix.sheet, cell: fix.cell, to: fix.to, unit: fix.unit };
    return { ...after, status: after.status, notes: [note, ...after.notes] };
  });
}

/** Hoàn tác: puts back the cells of the latest quick fix exactly, then checks again. */
export function undo(port: WorkbookPort, opts: ActionOptions): Promise<Outcome> {
  return guarded(async () => {
    const snap = await readTables(port);
    const plan = planUndo(snap);
    if (!plan.ok) return refused(plan, { canUndo: lastUndo(snap) !== null });
    await port.apply(plan.plan);
    const after = await check(port, opts);
    const cells = plan.plan.cells.map((c) => c.cell);
    const note: Note = { code: 'undone', sheet: plan.plan.cells[0]?.sheet ?? '', cells };
    return { ...after, notes: [note, ...after.notes] };
  });
}

/** Shows a cell: its sheet activated, the cell selected. */
export function select(port: WorkbookPort, sheet: string, cell: string): Promise<Outcome> {
  return guarded(async () => {
    await port.select(sheet, cell);
    return { status: 'done', notes: [] };
  });
}

/**
 * So với năm trước: this year's tables checked beside last year's workbook (`previousPort`, read by
 * the same engine); the report gains `previous`, `changes` and the year findings (year.jump,
 * year.drop, year.mismatch). Nothing is written. Last year's workbook that cannot be set beside this
 * one is refused (`previous`, with the coded reason); this year's tables not recognized come back as
 * a check's report does. This year's workbook is read first: a failure reading last year's comes with
 * this year's report.
 */
export function compare(
  port: WorkbookPort,
  previousPort: WorkbookPort,
  opts: ActionOptions & { previousFile?: string; target?: number | null },
): Promise<Outcome> {
  return guarded(async (seen) => {
    const { report } = await readAndCheck(port, opts, seen);
    if (!report.recognized) return { status: 'done', notes: [], report };
    const previous = checkTables(await readTables(previousPort), { ...opts, file: opts.previousFile });
    const compared = withPrevious(report, previous, { file: opts.previousFile, lang: opts.lang, target: opts.target ?? null });
    if (!compared.ok) {
      const { ok: _ok, ...why } = compared;
      return refused({ refused: 'previous', why }, { report });
    }
    seen.report = compared.report;
    opts.onReport?.(compared.report);
    return { status: 'done', notes: [], report: compared.report };
  });
}

/**
 * Chuyển sang Unicode: every text cell typed in an old encoding (TCVN3, VNI), rich-text runs
 * included, becomes Unicode NFC in the matching Unicode font; nothing else changes (no highlight).
 * Reads every sheet whole, as written; Hoàn tác takes it back when it fits in the stored state.
 */
export function toUnicode(port: WorkbookPort, opts: ActionOptions): Promise<Outcome> {
  return guarded(async (seen) => {
    const probe = await port.probe();
    if (probe.stateProblem) return refused({ refused: 'state-unreadable', reason: probe.stateProblem });
    const regions = probe.sheets.filter((s) => s.used).map((s) => ({ sheet: s.name, range: s.used as string }));
    const loaded = regions.length > 0 ? await port.load(regions) : { sheets: [] };
    const prot = new Map(probe.sheets.map((s) => [s.name, s.protected]));
    const raw: WorkbookSnapshot = {
      ...loaded,
      sheets: loaded.sheets.map((s) => ({ ...s, protected: s.protected ?? prot.get(s.name) })),
      state: probe.state ?? null,
      stateProblem: null,
    };
    const planned = planToUnicode(raw);
    if (!planned.result.ok) return refused(planned.result);
    if (planned.count > 0) await port.apply(planned.result.plan);
    const { snap, report } = await readAndCheck(port, opts, seen);
    const note: Note = {
      code: 'converted',
      count: planned.count,
      sheets: planned.sheets,
      encodings: planned.encodings,
      undo: planned.undo,
    };
    return {
      status: 'done',
      notes: [note, ...(planned.count > 0 ? touchNotes(port, planned.result.plan) : [])],
      report,
      written: planned.count,
      ...afterCheck(report, snap),
    };
  });
}

/**
 * Tổng hợp từ các tệp: the picked files consolidated into the open workbook's sheets ("Tình hình nộp",
 * "Tổng hợp Phụ lục 2", …), with `onProgress({ read, total })` after each file. The product's earlier
 * consolidated sheets: an `ask` outcome, replaced with `replace`. The package engine and the
 * consolidation load only now (a separate chunk of the pane).
 */
export async function consolidateInto(
  port: WorkbookPort,
  files: PickedFile[],
  opts: ActionOptions & { replace: boolean; expected?: string[]; onProgress?: (p: { read: number; total: number }) => void },
): Promise<Outcome> {
  const many = await import(/* webpackChunkName: "many" */ './many');
  return many.consolidateInto(port, files, { ...opts, lang: opts.lang ?? 'vi' });
}

/**
 * So với năm trước: this workbook's report beside last year's file, with `previous`, `changes` and the
 * year findings; a file that cannot be compared is refused with its code (`previous.same-year`…).
 * Reads only; the package engine loads only now.
 */
export async function compareWith(port: WorkbookPort, previous: PickedFile, opts: ActionOptions): Promise<Outcome> {
  const many = await import(/* webpackChunkName: "many" */ './many');
  return many.compareWith(port, previous, { ...opts, lang: opts.lang ?? 'vi' });
}

/**
 * The preview's Tổng hợp: the files consolidated into a new workbook, as `cchc consolidate` writes it
 * (charts included), its bytes read back and verified; `onProgress({ read, total })` after each file.
 */
export async function consolidateWorkbook(
  files: PickedFile[],
  opts: ActionOptions & { expected?: string[]; onProgress?: (p: { read: number; total: number }) => void },
): Promise<MadeWorkbook> {
  const many = await import(/* webpackChunkName: "many" */ './many');
  return many.consolidateWorkbook(files, { ...opts, lang: opts.lang ?? 'vi' });
}

/** Every action, as one value a front receives (tests pass their own). */
export const ACTIONS = {
  check,
  fillRatios,
  clearHighlights,
  remediation,
  scoringSheet,
  quickFix,
  undo,
  select,
  consolidateInto,
  compareWith,
  consolidateWorkbook,
  toUnicode,
};

export type Actions = typeof ACTIONS;

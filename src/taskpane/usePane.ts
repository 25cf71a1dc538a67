/** The pane's state and actions: each action reads, asks the core, and applies one plan. */
import { useCallback, useRef, useState } from 'react';
import type { FindingOut, Lang, PlanResult, QuickFix, Report, WorkbookPort } from '../core';
import {
  WorkbookError,
  allSheetNames,
  findRubricSheet,
  formatNumber,
  lastUndo,
  planQuickFix,
  planUndo,
  problemMessage,
  quickFixFor,
  quickFixKey,
  quickFixes,
  refusalText,
  uniqueSheetName,
} from '../core';
import { checkAndHighlight } from '../app/check';
import { planWithFills, readTables } from '../app/session';
import type { Engine } from '../app/engine';
import { UI } from './i18n';

export type Busy = 'check' | 'fill' | 'clear' | 'select' | 'remediation' | 'rubric' | 'fix' | 'undo' | null;

export interface PaneState {
  report: Report | null;
  busy: Busy;
  /** A failure, in plain words. */
  error: string | null;
  /** What the last action did. */
  notice: string | null;
  /** The quick fix of each finding that has one, by `quickFixKey`. */
  fixes: Map<string, QuickFix>;
  /** True when the workbook holds a change Hoàn tác can take back. */
  canUndo: boolean;
  /** A question waiting for the user: replace the remediation sheet the product made earlier? */
  ask: { kind: 'replace-remediation'; sheet: string; text: string } | null;
}

const NO_FIXES = new Map<string, QuickFix>();

/** Change events this soon after the pane's own write are its echo, not the user's typing. */
const OWN_ECHO_MS = 300;

/** A figure as the reader writes it: 99,1 in Vietnamese, 99.1 in English; text quoted. */
export function figure(x: string | number, lang: Lang, unit?: string): string {
  return typeof x === 'number' ? `${formatNumber(x, lang)}${unit === '%' ? '%' : ''}` : `“${x}”`;
}

export function usePane(port: WorkbookPort, engine: Engine, lang: Lang) {
  const [state, setState] = useState<PaneState>({
    report: null,
    busy: null,
    error: null,
    notice: null,
    fixes: NO_FIXES,
    canUndo: false,
    ask: null,
  });
  const t = UI[lang];
  /** When the last action ended and whether one runs: change events caused by the pane's own writes are ignored. */
  const activity = useRef({ running: false, endedAt: 0 });
  const checkedOnce = useRef(false);

  const explain = useCallback(
    (e: unknown): string => {
      if (e instanceof WorkbookError) return problemMessage(e.problem, lang);
      return t.unexpected;
    },
    [lang, t],
  );

  const refused = useCallback((r: Extract<PlanResult, { ok: false }>): string => refusalText(r, lang), [lang]);

  const run = useCallback(
    async (busy: Exclude<Busy, null>, action: () => Promise<Partial<PaneState>>) => {
      activity.current.running = true;
      setState((s) => ({ ...s, busy, error: null, notice: null, ask: null }));
      try {
        const result = await action();
        setState((s) => ({ ...s, ...result, busy: null }));
      } catch (e) {
        setState((s) => ({ ...s, busy: null, error: explain(e) }));
      } finally {
        activity.current = { running: false, endedAt: Date.now() };
      }
    },
    [explain],
  );

  /** Check and highlight, with what the pane shows beside the report: quick fixes and whether undo is possible. */
  const recheck = useCallback(async (): Promise<Partial<PaneState>> => {
    // The findings show at once; the highlights follow.
    const { report, refusal, skipped, snapshot } = await checkAndHighlight(port, engine, lang, (r) =>
      setState((s) => ({ ...s, report: r })),
    );
    checkedOnce.current = true;
    const fixes = snapshot && report.recognized ? quickFixes(report.findings, snapshot) : NO_FIXES;
    return {
      report,
      error: refusal,
      notice: skipped ? t.skipped(skipped) : null,
      fixes,
      canUndo: snapshot ? lastUndo(snapshot) !== null : false,
    };
  }, [port, engine, lang, t]);

  const checkNow = useCallback(() => run('check', recheck), [run, recheck]);

  /** The re-check after the user's edits: the same check, only once the pane has checked at least once. */
  const followEdit = useCallback(
    (editedAt: number) => {
      const a = activity.current;
      if (a.running || editedAt < a.endedAt + OWN_ECHO_MS) return;
      if (checkedOnce.current) void run('check', recheck);
    },
    [run, recheck],
  );

  const fillRatios = useCallback(
    () =>
      run('fill', async () => {
        const snap = await readTables(port);
        const before = engine.check(snap, { lang });
        const { result: plan } = await planWithFills(port, snap, (s) => engine.planFillRatios(before, s));
        if (!plan.ok) return { report: before, error: refused(plan) };
        await port.apply(plan.plan);
        const report = engine.check(await readTables(port), { lang });
        return { report, notice: t.filled(plan.plan.cells.length) };
      }),
    [run, port, engine, lang, refused, t],
  );

  const clearHighlights = useCallback(
    () =>
      run('clear', async () => {
        const plan = engine.planClearHighlights(await readTables(port));
        if (!plan.ok) return { error: refused(plan) };
        if (plan.plan.fills.length === 0) return { notice: t.nothingToClear };
        await port.apply(plan.plan);
        return { notice: t.cleared };
      }),
    [run, port, engine, refused, t],
  );

  /**
   * Adds the remediation sheet ("Khắc phục <year>") and shows it. When the product made one before,
   * it asks first; `replace` (the user's yes) replaces that sheet, never one the user made.
   */
  const createRemediation = useCallback(
    (replace = false) =>
      run('remediation', async () => {
        const snap = await readTables(port);
        const report = engine.check(snap, { lang });
        const plan = engine.planRemediation(report, snap, { replace });
        if (!plan.ok && plan.refused === 'sheet-exists')
          return { report, ask: { kind: 'replace-remediation' as const, sheet: plan.sheet, text: refused(plan) } };
        if (!plan.ok) return { report, error: refused(plan) };
        await port.apply(plan.plan);
        const name = plan.plan.newSheet!.name;
        return { report, ask: null, notice: replace ? t.remediationReplaced(name) : t.remediationDone(name) };
      }),
    [run, port, engine, lang, refused, t],
  );

  /** Shows the "Thang điểm" sheet, creating it from the defaults when the workbook has none. */
  const openRubric = useCallback(
    () =>
      run('rubric', async () => {
        const snap = await readTables(port);
        const existing = findRubricSheet(snap);
        if (existing) {
          await port.select(existing.name, 'A1');
          return { notice: t.rubricOpened };
        }
        const name = uniqueSheetName('Thang điểm', allSheetNames(snap));
        await port.apply({
          cells: [],
          fills: [],
          newSheet: engine.rubricSheetPlan(engine.defaultRubric, name),
          activate: { sheet: name, cell: 'A1' },
        });
        return { notice: t.rubricCreated };
      }),
    [run, port, engine, t],
  );

  /**
   * Applies a finding's quick fix, planned again from the workbook as it is now (the user may have
   * typed since the check), then checks again.
   */
  const quickFix = useCallback(
    (f: FindingOut) =>
      run('fix', async () => {
        const snap = await readTables(port);
        const now = engine.check(snap, { lang }).findings.find((x) => quickFixKey(x) === quickFixKey(f));
        const fix = now ? quickFixFor(now, snap) : null;
        if (!fix) return { error: refused({ ok: false, refused: 'no-quick-fix' }) };
        const plan = planQuickFix(fix, snap);
        if (!plan.ok) return { error: refused(plan) };
        await port.apply(plan.plan);
        const after = await recheck();
        return {
          ...after,
          error: after.error ?? null,
          notice: t.fixed(fix.cell, figure(fix.to, lang, fix.kind === 'unit-text' || fix.kind === 'total-sum' ? '' : '%')),
        };
      }),
    [run, port, engine, lang, refused, recheck, t],
  );

  /** Hoàn tác: puts back the cells of the latest quick fix exactly, then checks again. */
  const undo = useCallback(
    () =>
      run('undo', async () => {
        const snap = await readTables(port);
        const plan = planUndo(snap);
        if (!plan.ok) return { error: refused(plan), canUndo: lastUndo(snap) !== null };
        await port.apply(plan.plan);
        const after = await recheck();
        return { ...after, notice: t.undone(plan.plan.cells.map((c) => c.cell).join(', ')) };
      }),
    [run, port, refused, recheck, t],
  );

  const dismiss = useCallback((which: 'error' | 'notice' | 'ask') => setState((s) => ({ ...s, [which]: null })), []);

  const select = useCallback((f: FindingOut) => run('select', async () => (await port.select(f.sheet, f.cell), {})), [run, port]);

  return { state, checkNow, followEdit, fillRatios, clearHighlights, createRemediation, openRubric, quickFix, undo, dismiss, select };
}

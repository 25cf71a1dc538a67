/** The pane's state and actions: each action reads, asks the core, and applies one plan. */
import { useCallback, useState } from 'react';
import type { FindingOut, Lang, PlanResult, Report, WorkbookPort } from '../core';
import { WorkbookError, allSheetNames, findRubricSheet, problemMessage, refusalText, uniqueSheetName } from '../core';
import { checkAndHighlight } from '../app/check';
import { planWithFills, readTables } from '../app/session';
import type { Engine } from '../app/engine';
import { UI } from './i18n';

export type Busy = 'check' | 'fill' | 'clear' | 'select' | 'remediation' | 'rubric' | null;

export interface PaneState {
  report: Report | null;
  busy: Busy;
  /** A failure, in plain words. */
  error: string | null;
  /** What the last action did. */
  notice: string | null;
}

export function usePane(port: WorkbookPort, engine: Engine, lang: Lang) {
  const [state, setState] = useState<PaneState>({ report: null, busy: null, error: null, notice: null });
  const t = UI[lang];

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
      setState((s) => ({ ...s, busy, error: null, notice: null }));
      try {
        const result = await action();
        setState((s) => ({ ...s, ...result, busy: null }));
      } catch (e) {
        setState((s) => ({ ...s, busy: null, error: explain(e) }));
      }
    },
    [explain],
  );

  const checkNow = useCallback(
    () =>
      run('check', async () => {
        const { report, refusal, skipped } = await checkAndHighlight(port, engine, lang);
        return { report, error: refusal, notice: skipped ? t.skipped(skipped) : null };
      }),
    [run, port, engine, lang, t],
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
        await port.apply(plan.plan);
        return { notice: t.cleared };
      }),
    [run, port, engine, refused, t],
  );

  /** Adds the remediation sheet ("Khắc phục <year>") and shows it. */
  const createRemediation = useCallback(
    () =>
      run('remediation', async () => {
        const snap = await readTables(port);
        const report = engine.check(snap, { lang });
        const plan = engine.planRemediation(report, snap);
        if (!plan.ok) return { report, error: refused(plan) };
        await port.apply(plan.plan);
        return { report, notice: t.remediationDone(plan.plan.newSheet!.name) };
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

  const select = useCallback((f: FindingOut) => run('select', async () => (await port.select(f.sheet, f.cell), {})), [run, port]);

  return { state, checkNow, fillRatios, clearHighlights, createRemediation, openRubric, select };
}

/** The pane's state and actions: each action reads, asks the core, and applies one plan. */
import { useCallback, useState } from 'react';
import type { FindingOut, Lang, PlanResult, Report, WorkbookPort } from '../core';
import { WorkbookError } from '../core';
import type { Engine } from './engine';
import { UI } from './i18n';

export type Busy = 'check' | 'fill' | 'clear' | 'select' | null;

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
      if (e instanceof WorkbookError) return e[lang];
      if (e instanceof Error && 'vi' in e && 'en' in e) return String((e as unknown as Record<Lang, string>)[lang]);
      return t.unexpected;
    },
    [lang, t],
  );

  const refused = useCallback(
    (r: Extract<PlanResult, { ok: false }>): string => (r.refused === 'protected' ? t.protectedSheet(r.sheet) : t.notRecognized),
    [t],
  );

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

  /** Reads, checks and highlights the findings (the previous check's highlights are replaced). */
  const checkNow = useCallback(
    () =>
      run('check', async () => {
        const snap = await port.read();
        const report = engine.check(snap, { lang });
        if (!report.recognized) return { report };
        const plan = engine.planHighlights(report, snap);
        if (!plan.ok) return { report, error: refused(plan) };
        await port.apply(plan.plan);
        return { report, notice: plan.skipped.length ? t.skipped(plan.skipped.length) : null };
      }),
    [run, port, engine, lang, refused, t],
  );

  const fillRatios = useCallback(
    () =>
      run('fill', async () => {
        const snap = await port.read();
        const before = engine.check(snap, { lang });
        const plan = engine.planFillRatios(before, snap);
        if (!plan.ok) return { report: before, error: refused(plan) };
        await port.apply(plan.plan);
        const report = engine.check(await port.read(), { lang });
        return { report, notice: t.filled(plan.plan.cells.length) };
      }),
    [run, port, engine, lang, refused, t],
  );

  const clearHighlights = useCallback(
    () =>
      run('clear', async () => {
        const plan = engine.planClearHighlights(await port.read());
        if (!plan.ok) return { error: refused(plan) };
        await port.apply(plan.plan);
        return { notice: t.cleared };
      }),
    [run, port, engine, refused, t],
  );

  const select = useCallback((f: FindingOut) => run('select', async () => (await port.select(f.sheet, f.cell), {})), [run, port]);

  return { state, checkNow, fillRatios, clearHighlights, select };
}

/**
 * The pane's actions and the ribbon command as the pane runs them, through the shared app layer
 * ("read → check → plan → apply"), for running on every host profile and for the benchmark.
 */
import { checkAndHighlight } from '../../src/app/check';
import { CORE_ENGINE } from '../../src/app/engine';
import { planWithFills, readTables, touchesSkipped } from '../../src/app/session';
import { FinishingTouch, PlanResult, WorkbookError, WorkbookPort, allSheetNames, findRubricSheet, uniqueSheetName } from '../../src/core';
import { checkNowWith } from '../../src/commands/check-now';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, HostProfile } from './fake-excel';

export type ActionName = 'read' | 'check' | 'fill ratios' | 'remediation sheet' | 'rubric sheet' | 'clear' | 'select' | 'ribbon';
export const ACTIONS: ActionName[] = ['read', 'check', 'fill ratios', 'remediation sheet', 'rubric sheet', 'clear', 'select', 'ribbon'];

/** What an action did: done (with the touches this Excel skipped), refused by the core, or a coded failure. */
export type Outcome =
  { done: true; touches: FinishingTouch[] } | { done: false; refused: string } | { done: false; problem: WorkbookError['problem'] };

async function applied(port: WorkbookPort, plan: PlanResult): Promise<Outcome> {
  if (!plan.ok) return { done: false, refused: plan.refused };
  await port.apply(plan.plan);
  return { done: true, touches: touchesSkipped(port, plan.plan) };
}

/** Runs one action as the pane (or the ribbon) does. */
export async function runAction(host: FakeHost, name: ActionName): Promise<Outcome> {
  const port = createExcelPort(host);
  const e = CORE_ENGINE;
  try {
    switch (name) {
      case 'read':
        await readTables(port);
        return { done: true, touches: [] };
      case 'check': {
        const r = await checkAndHighlight(port, e, 'en');
        return r.refusal ? { done: false, refused: r.refusal } : { done: true, touches: [] };
      }
      case 'fill ratios': {
        const snap = await readTables(port);
        const report = e.check(snap, { lang: 'en' });
        return applied(port, (await planWithFills(port, snap, (s) => e.planFillRatios(report, s))).result);
      }
      case 'clear':
        return applied(port, e.planClearHighlights(await readTables(port)));
      case 'remediation sheet': {
        const snap = await readTables(port);
        return applied(port, e.planRemediation(e.check(snap, { lang: 'en' }), snap));
      }
      case 'rubric sheet': {
        const snap = await readTables(port);
        const existing = findRubricSheet(snap);
        if (existing) {
          await port.select(existing.name, 'A1');
          return { done: true, touches: [] };
        }
        const sheet = uniqueSheetName('Thang điểm', allSheetNames(snap));
        const plan = { cells: [], fills: [], newSheet: e.rubricSheetPlan(e.defaultRubric, sheet), activate: { sheet, cell: 'A1' } };
        await port.apply(plan);
        return { done: true, touches: touchesSkipped(port, plan) };
      }
      case 'select':
        await port.select('Phụ lục 2', 'D14');
        return { done: true, touches: [] };
      case 'ribbon': {
        const shown: string[] = [];
        let completed = 0;
        await checkNowWith(
          { completed: () => completed++ },
          {
            host,
            lang: 'en',
            ui: { displayDialogAsync: (_u, _o, cb) => cb?.({ status: 'succeeded', value: { close: () => undefined } }) },
            dialogUrl: (line) => (shown.push(line), 'https://example.org/dialog.html'),
            setTimer: (close) => close(),
          },
        );
        if (completed !== 1 || shown.length !== 1) throw new Error('ribbon did not complete once');
        return { done: true, touches: [] };
      }
    }
  } catch (err) {
    if (err instanceof WorkbookError) return { done: false, problem: err.problem };
    throw err;
  }
}

export type Scene = 'sample alone' | 'beside 100,000 rows' | 'with ten 2,000-row sheets';
export const SCENES: Scene[] = ['sample alone', 'beside 100,000 rows', 'with ten 2,000-row sheets'];

/** A workbook with the seed appendix (two ratios left to fill, one wrong figure) and the scene's other sheets. */
export function sceneBook(scene: Scene): FakeWorkbook {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } } });
  const sheets = [FakeSheet.from(built.sheet)];
  if (scene === 'beside 100,000 rows') sheets.unshift(FakeSheet.data('Dữ liệu', 100000, 20));
  if (scene === 'with ten 2,000-row sheets') for (let i = 1; i <= 10; i++) sheets.push(FakeSheet.data(`Hồ sơ ${i}`, 2000, 20));
  return new FakeWorkbook(sheets);
}

export interface Measured {
  outcome: Outcome;
  trips: number;
  request: number;
  response: number;
}

/** Runs every action in order on one profile and scene, measuring each. */
export async function measureAll(profile: HostProfile, scene: Scene): Promise<{ measured: Map<ActionName, Measured>; host: FakeHost }> {
  const host = new FakeHost(sceneBook(scene), profile);
  const measured = new Map<ActionName, Measured>();
  for (const a of ACTIONS) {
    const from = host.trips.length;
    const outcome = await runAction(host, a);
    measured.set(a, { outcome, ...host.since(from) });
  }
  return { measured, host };
}

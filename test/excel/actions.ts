/**
 * The pane's actions and the ribbon command as the pane runs them, through the shared app layer
 * ("read → check → plan → apply"), for running on every host profile and for the benchmark.
 */
import * as actions from '../../src/app/actions';
import type { Outcome as ActionOutcome } from '../../src/app/actions';
import { readTables } from '../../src/app/session';
import { FinishingTouch, WorkbookError } from '../../src/core';
import { checkNowWith } from '../../src/commands/check-now';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, HostProfile } from './fake-excel';

export type ActionName = 'read' | 'check' | 'fill ratios' | 'remediation sheet' | 'rubric sheet' | 'clear' | 'select' | 'ribbon';
export const ACTIONS: ActionName[] = ['read', 'check', 'fill ratios', 'remediation sheet', 'rubric sheet', 'clear', 'select', 'ribbon'];

/** What an action did: done (with the touches this Excel skipped), refused by the core, or a coded failure. */
export type Outcome =
  { done: true; touches: FinishingTouch[] } | { done: false; refused: string } | { done: false; problem: WorkbookError['problem'] };

/** The action layer's outcome as the profiles' tables compare it. */
function outcomeOf(o: ActionOutcome): Outcome {
  const failed = o.notes.find((n) => n.code === 'failed');
  if (failed?.code === 'failed') return { done: false, problem: failed.problem };
  const refused = o.notes.find((n) => n.code === 'refused');
  if (refused?.code === 'refused') return { done: false, refused: refused.refusal.refused };
  const touches = o.notes.flatMap((n) => (n.code === 'touches-skipped' ? n.touches : []));
  return { done: true, touches };
}

/** Runs one action as the pane (or the ribbon) does: through the action layer. */
export async function runAction(host: FakeHost, name: ActionName): Promise<Outcome> {
  const port = createExcelPort(host);
  switch (name) {
    case 'read':
      try {
        await readTables(port);
      } catch (err) {
        if (err instanceof WorkbookError) return { done: false, problem: err.problem };
        throw err;
      }
      return { done: true, touches: [] };
    case 'check':
      return outcomeOf(await actions.check(port, { lang: 'en' }));
    case 'fill ratios':
      return outcomeOf(await actions.fillRatios(port, { lang: 'en' }));
    case 'clear':
      return outcomeOf(await actions.clearHighlights(port));
    case 'remediation sheet':
      return outcomeOf(await actions.remediation(port, { lang: 'en', replace: false }));
    case 'rubric sheet':
      return outcomeOf(await actions.scoringSheet(port, { mode: 'open' }));
    case 'select':
      return outcomeOf(await actions.select(port, 'Phụ lục 2', 'D14'));
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
export async function measureAll(
  profile: HostProfile,
  scene: Scene,
  makeHost: (book: FakeWorkbook, profile: HostProfile) => FakeHost = (book, p) => new FakeHost(book, p),
): Promise<{ measured: Map<ActionName, Measured>; host: FakeHost }> {
  const host = makeHost(sceneBook(scene), profile);
  const measured = new Map<ActionName, Measured>();
  for (const a of ACTIONS) {
    const from = host.trips.length;
    const outcome = await runAction(host, a);
    measured.set(a, { outcome, ...host.since(from) });
  }
  return { measured, host };
}

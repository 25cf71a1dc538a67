/** The pane's actions and the workbooks the host-profile tests and the benchmark run them on. */
import { applyPlan, planWithFills, readTables } from '../../src/app/session';
import { checkAndHighlight } from '../../src/app/check';
import { CORE_ENGINE } from '../../src/app/engine';
import {
  SheetSnapshot,
  WorkbookPort,
  allSheetNames,
  check,
  findRubricSheet,
  planClearHighlights,
  planFillRatios,
  planRemediation,
  uniqueSheetName,
} from '../../src/core';
import { PLANTED_EDITS, buildAppendix } from '../fixtures/appendix';
import { FakeSheet, FakeWorkbook } from './fake-excel';

export const book = (sheets: SheetSnapshot[], extra: FakeSheet[] = []) =>
  new FakeWorkbook([...extra, ...sheets.map((s) => FakeSheet.from(s))]);

/** The sample with the planted findings and an empty ratio to fill. */
export const sample = () => buildAppendix({ edits: { ...PLANTED_EDITS, '2.5.3': { value: '' } } });

/** A form-like sheet of `n` merged areas. */
export function mergedSheet(name: string, n: number): FakeSheet {
  const s = new FakeSheet(name);
  for (let i = 0; i < n; i++) {
    s.set(2 * i + 1, 1, { value: `Mục ${i + 1}` });
    s.merges.push(`A${2 * i + 1}:B${2 * i + 1}`);
  }
  return s;
}

export const WORKBOOKS: Record<string, () => FakeWorkbook> = {
  'the sample alone': () => book(sample().workbook.sheets),
  'beside a 100,000-row × 20-column sheet': () => book(sample().workbook.sheets, [FakeSheet.generated('Dữ liệu', 100000, 20)]),
  'with ten 2,000-row sheets': () =>
    book(
      sample().workbook.sheets,
      Array.from({ length: 10 }, (_, i) => FakeSheet.generated(`Danh sách ${i + 1}`, 2000, 12)),
    ),
};

export type Action = (port: WorkbookPort) => Promise<unknown>;

/** The pane's actions, through the app layer as the pane runs them. */
export const ACTIONS: Record<string, Action> = {
  check: async (port) => check(await readTables(port)),
  highlight: async (port) => checkAndHighlight(port, CORE_ENGINE, 'vi'),
  'fill ratios': async (port) => {
    const snap = await readTables(port);
    const rep = check(snap);
    const { result } = await planWithFills(port, snap, (s) => planFillRatios(rep, s));
    if (!result.ok) throw new Error(result.refused);
    return applyPlan(port, result.plan);
  },
  'remediation sheet': async (port) => {
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error(plan.refused);
    return applyPlan(port, plan.plan);
  },
  'rubric sheet': async (port) => {
    const snap = await readTables(port);
    const existing = findRubricSheet(snap);
    if (existing) return port.select(existing.name, 'A1');
    const name = uniqueSheetName('Thang điểm', allSheetNames(snap));
    return applyPlan(port, {
      cells: [],
      fills: [],
      newSheet: CORE_ENGINE.rubricSheetPlan(CORE_ENGINE.defaultRubric, name),
      activate: { sheet: name, cell: 'A1' },
    });
  },
  clear: async (port) => {
    const plan = planClearHighlights(await readTables(port));
    if (!plan.ok) throw new Error(plan.refused);
    return applyPlan(port, plan.plan);
  },
  select: (port) => port.select('Phụ lục 2', 'D14'),
};

import { WorkbookSnapshot, check, parseA1, planQuickFix, planUndo, quickFixFor, quickFixes } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { applyToSnapshot } from '../../helpers/plan';

function built(edits: Record<string, { value: string }>, typedNumbers = false) {
  const b = buildAppendix({ edits, typedNumbers });
  return { ...b, wb: b.workbook };
}

function at(wb: WorkbookSnapshot, cell: string) {
  const s = wb.sheets[0];
  const { row, col } = parseA1(cell);
  return {
    value: s.values[row - s.origin.row]?.[col - s.origin.col] ?? null,
    format: s.formats?.[row - s.origin.row]?.[col - s.origin.col] ?? 'General',
  };
}

describe('quick fixes', () => {
  test.each([
    ['a count with its unit', '3.2.3', '29 người', 'type.count', 'unit-text', 29, false],
    ['a count with thousands and its unit', '1.1.3', '1.234 văn bản', 'type.count', 'unit-text', 1234, false],
    ['a percentage with words', '2.4.3', '95,5 phần trăm', 'type.percent', 'percent-text', 95.5, false],
    ['a total that disagrees with its parts', 'BHXH các huyện, thị xã', '9', 'relation.partition', 'total-sum', 19, true],
    ['a ratio that disagrees with its counts', '2.5.3', '98,50', 'ratio.mismatch', 'ratio-computed', 99.1, true],
  ])('%s: one correction, then the finding is gone', (_, key, value, rule, kind, to, confirm) => {
    const b = built({ [key]: { value } });
    const f = check(b.wb).findings.find((x) => x.rule === rule);
    expect(f).toBeDefined();
    const fix = quickFixFor(f!, b.wb)!;
    expect(fix).toMatchObject({ kind, to, confirm });
    const plan = planQuickFix(fix, b.wb);
    if (!plan.ok) throw new Error(plan.refused);
    expect(plan.plan.fills).toEqual([]);
    const after = applyToSnapshot(b.wb, plan.plan);
    expect(check(after).findings.filter((x) => x.rule === rule)).toEqual([]);
    expect(after.state?.undo).toHaveLength(1);
  });

  test.each([
    ['a count written as a word', '1.1.3', 'bảy', 'type.count'],
    ['a count with decimals', '3.2.1', '215,5', 'type.count'],
    ['a percentage written as a word', '2.4.4', 'đạt', 'type.percent'],
    ['a count followed by a sentence', '3.2.3', '29 người và 3 tổ', 'type.count'],
  ])('%s: no quick fix (more than one reading)', (_, key, value, rule) => {
    const b = built({ [key]: { value } });
    const f = check(b.wb).findings.find((x) => x.rule === rule);
    expect(f).toBeDefined();
    expect(quickFixFor(f!, b.wb)).toBeNull();
  });

  test('a ratio in a % formatted cell is written as a fraction with its decimals', () => {
    const b = built({ '2.5.3': { value: '98,50' } }, true);
    const f = check(b.wb).findings.find((x) => x.rule === 'ratio.mismatch')!;
    const plan = planQuickFix(quickFixFor(f, b.wb)!, b.wb);
    if (!plan.ok) throw new Error(plan.refused);
    expect(plan.plan.cells).toEqual([{ sheet: 'Phụ lục 2', cell: f.cell, value: 0.991 }]);
  });

  test('a formula is never overwritten', () => {
    const b = built({ '2.5.3': { value: '98,50' } });
    const f = check(b.wb).findings.find((x) => x.rule === 'ratio.mismatch')!;
    const s = b.wb.sheets[0];
    const { row, col } = parseA1(f.cell);
    s.formulas = s.values.map((r) => r.map(() => null));
    s.formulas[row - s.origin.row][col - s.origin.col] = '=98.5';
    expect(quickFixFor(f, b.wb)).toBeNull();
  });

  test('undo puts back value and number format exactly, and keeps highlights and filled ratios', () => {
    const b = built({ '2.5.3': { value: '98,50' }, '3.2.3': { value: '29 người' } });
    b.wb.state = { version: 1, highlights: [{ sheet: 'Phụ lục 2', cell: 'D14', kind: 'error', original: null }], filled: [] };
    const rep = check(b.wb);
    const fixes = quickFixes(rep.findings, b.wb);
    expect([...fixes.values()].map((q) => q.kind).sort()).toEqual(['ratio-computed', 'unit-text']);
    let wb = b.wb;
    const original = JSON.stringify(wb.sheets);
    const touched: string[] = [];
    for (const q of fixes.values()) {
      const plan = planQuickFix(
        quickFixFor(
          check(wb).findings.find((f) => f.rule === q.rule)!,
          wb,
        )!,
        wb,
      );
      if (!plan.ok) throw new Error(plan.refused);
      wb = applyToSnapshot(wb, plan.plan);
      touched.push(q.cell);
    }
    expect(at(wb, touched[0]).value).not.toEqual(at(b.wb, touched[0]).value);
    expect(wb.state?.undo).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      const u = planUndo(wb);
      if (!u.ok) throw new Error(u.refused);
      wb = applyToSnapshot(wb, u.plan);
    }
    expect(JSON.stringify(wb.sheets)).toEqual(original);
    expect(wb.state).toEqual({ version: 1, highlights: [{ sheet: 'Phụ lục 2', cell: 'D14', kind: 'error', original: null }], filled: [] });
    expect(planUndo(wb)).toEqual({ ok: false, refused: 'nothing-to-undo' });
  });

  test('undo refuses, changing nothing, when the user typed in the cell since', () => {
    const b = built({ '3.2.3': { value: '29 người' } });
    const f = check(b.wb).findings.find((x) => x.rule === 'type.count')!;
    const plan = planQuickFix(quickFixFor(f, b.wb)!, b.wb);
    if (!plan.ok) throw new Error(plan.refused);
    const wb = applyToSnapshot(b.wb, { cells: [{ sheet: 'Phụ lục 2', cell: f.cell, value: 31 }], fills: [], state: plan.plan.state });
    expect(planUndo(wb)).toEqual({ ok: false, refused: 'changed-since', sheet: 'Phụ lục 2', cell: f.cell });
  });
});

/**
 * The change column of seed 000's satisfaction table ("Tăng/giảm", issue 22): each empty cell filled as a
 * live formula of the two years, exact, so the rounding rule has nothing to say of it.
 */
import { check, planFillRatios } from '../../../src/core';
import { buildUnits } from '../../fixtures/units';
import { applyToSnapshot } from '../../helpers/plan';

describe('the change column of a unit table', () => {
  test('the change column filled: each empty cell a live formula of the two columns; a written one left alone', () => {
    const empty = Object.fromEntries(['BHXH Cam Lâm', 'BHXH Cam Ranh', 'BHXH Khánh Vĩnh'].map((n) => [n, { 4: '' }]));
    const wb = buildUnits('satisfaction', { typedNumbers: true, edits: empty }).workbook;
    const plan = planFillRatios(check(wb), wb);
    if (!plan.ok) throw new Error(plan.refused);
    expect(plan.plan.cells).toEqual([
      { sheet: 'Chỉ số hài lòng', cell: 'E5', formula: '=C5-D5', value: -0.0303, numberFormat: '0.00%' },
      { sheet: 'Chỉ số hài lòng', cell: 'E6', formula: '=C6-D6', value: -0.0023, numberFormat: '0.00%' },
      { sheet: 'Chỉ số hài lòng', cell: 'E9', formula: '=C9-D9', value: 0.1195, numberFormat: '0.00%' },
    ]);
    expect(plan.plan.state?.filled.map((f) => f.cell)).toEqual(['E5', 'E6', 'E9']);
    // Filled exactly: the rounding rule finds nothing to say of them; planned again, the same formulas.
    const after = applyToSnapshot(wb, plan.plan);
    const report = check(after);
    expect(report.findings).toEqual([]);
    const again = planFillRatios(report, after);
    expect(again.ok && again.plan.cells.map((c) => c.cell)).toEqual(['E5', 'E6', 'E9']);
  });

  test('nothing to fill in a satisfaction table without an empty change cell: refused as before', () => {
    const wb = buildUnits('satisfaction', { typedNumbers: true }).workbook;
    expect(planFillRatios(check(wb), wb)).toEqual({ ok: false, refused: 'not-recognized' });
  });
});

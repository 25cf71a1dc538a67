/** Plans that compose: fill + highlight + new sheet as one plan, one apply, as if applied in order. */
import {
  PlanConflictError,
  WorkbookSnapshot,
  check,
  composePlans,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  planRemediation,
} from '../../../src/core';
import type { PlanResult, WritePlan } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { SAMPLE_EDITS } from '../../fixtures/make-sample';
import { buildUnits } from '../../fixtures/units';

/** Every cell's own fill read (none), as a host would report it. */
function withNoFills(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, fills: s.values.map((r) => r.map(() => null)) })) };
}

const ok = (r: PlanResult): WritePlan => {
  if (!r.ok) throw new Error(`refused: ${r.refused}`);
  return r.plan;
};

describe('composePlans', () => {
  const wb = withNoFills(buildAppendix({ edits: SAMPLE_EDITS }).workbook);
  const rep = check(wb);
  const fill = ok(planFillRatios(rep, wb));
  const marks = ok(planHighlights(rep, wb));
  const fix = ok(planRemediation(rep, wb));
  const all = composePlans(wb.state, [fill, marks, fix]);

  test('one plan with the ratios written, every highlight and the new sheet', () => {
    expect(all.cells).toEqual(fill.cells);
    expect(all.newSheet?.name).toBe('Khắc phục 2021');
    expect(all.activate).toEqual(fix.activate);
    const painted = new Set(all.fills.map((f) => `${f.sheet}!${f.cell}`));
    for (const f of [...fill.fills, ...marks.fills]) expect(painted.has(`${f.sheet}!${f.cell}`)).toBe(true);
  });

  test('the stored state holds both the filled ratios and the highlights of the check', () => {
    expect(all.state?.filled).toEqual(fill.state?.filled);
    // A filled ratio the check then marks takes the later mark, as if the plans were applied in order.
    const byCell = new Map(all.state!.highlights.map((h) => [h.cell, h.kind]));
    for (const h of marks.state!.highlights) expect(byCell.get(h.cell)).toBe(h.kind);
    for (const h of fill.state!.highlights) expect(byCell.has(h.cell)).toBe(true);
    expect(all.state?.highlights).toHaveLength(new Set([...fill.state!.highlights, ...marks.state!.highlights].map((h) => h.cell)).size);
  });

  test('a later plan that removes highlights wins over an earlier one', () => {
    const after = { ...wb, state: marks.state };
    const cleared = composePlans(after.state, [ok(planHighlights(rep, after)), ok(planClearHighlights(after))]);
    expect(cleared.state).toBeNull();
  });

  test('two new sheets cannot be one plan', () => {
    expect(() => composePlans(wb.state, [fix, fix])).toThrow(PlanConflictError);
  });
});

test('highlights reach every table: a tally alone gets its total marked', () => {
  const built = buildUnits('tally');
  const wb = withNoFills(built.workbook);
  const plan = ok(planHighlights(check(wb), wb));
  expect(plan.fills.map((f) => f.cell)).toEqual([built.cellOf('Tổng cộng:', 5)]);
});

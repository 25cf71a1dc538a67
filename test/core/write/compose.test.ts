import { PlanConflictError, check, composePlans, planFillRatios, planHighlights, WorkbookSnapshot } from '../../../src/core';
import { planRemediation } from '../../../src/core/write/remediation';
import { buildAppendix, PLANTED_EDITS } from '../../fixtures/appendix';

function workbook(): WorkbookSnapshot {
  const built = buildAppendix({ edits: { ...PLANTED_EDITS, '2.5.3': { value: '' } } });
  const s = built.sheet;
  // Every cell's own fill was read: none.
  return { sheets: [{ ...s, fills: s.values.map((r) => r.map(() => null)) }] };
}

describe('plans that compose: fill + highlight + new sheet as one plan', () => {
  test('one plan holds the filled ratio, every highlight, the new sheet and a state recording both', () => {
    const wb = workbook();
    const rep = check(wb);
    const r = composePlans(wb, [(s) => planFillRatios(rep, s), (s) => planHighlights(rep, s), (s) => planRemediation(rep, s)]);
    if (!r.ok) throw new Error(r.refused);
    const fill = planFillRatios(rep, wb);
    const hl = planHighlights(rep, wb);
    if (!fill.ok || !hl.ok) throw new Error('refused');
    expect(r.plan.cells).toEqual(fill.plan.cells);
    expect(r.plan.newSheet?.name).toMatch(/^Khắc phục/);
    // The filled ratio keeps its green mark; every finding's cell is highlighted once.
    const filledCell = fill.plan.cells[0].cell;
    expect(r.plan.fills.filter((f) => f.cell === filledCell)).toHaveLength(1);
    expect(new Set(r.plan.fills.map((f) => f.cell))).toEqual(new Set([...fill.plan.fills, ...hl.plan.fills].map((f) => f.cell)));
    expect(r.plan.state?.filled.map((f) => f.cell)).toEqual([filledCell]);
    // The same marks as highlighting alone (the filled cell, below its benchmark, takes that mark).
    const marks = (hs: { cell: string; kind: string }[] = []) => hs.map((h) => `${h.cell}:${h.kind}`).sort();
    expect(marks(r.plan.state?.highlights)).toEqual(marks(hl.plan.state?.highlights));
    // Highlight recorded the cell's own fill (none), never the green the fill step put there.
    expect(r.plan.state?.highlights.every((h) => h.original === null)).toBe(true);
  });

  test('a refused step refuses the whole plan; two new sheets are a misuse', () => {
    const wb = workbook();
    const rep = check(wb);
    const locked: WorkbookSnapshot = { sheets: wb.sheets.map((s) => ({ ...s, protected: true })) };
    expect(composePlans(locked, [(s) => planFillRatios(rep, s), (s) => planHighlights(rep, s)])).toMatchObject({
      ok: false,
      refused: 'protected',
    });
    expect(() => composePlans(wb, [(s) => planRemediation(rep, s), (s) => planRemediation(rep, s)])).toThrow(PlanConflictError);
  });
});

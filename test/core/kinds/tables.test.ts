import { check, locateTables, planHighlights } from '../../../src/core';
import { probeFromSnapshot } from '../../../src/core/workbook/probe';
import { buildAppendix, PLANTED_EDITS } from '../../fixtures/appendix';
import { buildKind } from '../../fixtures/kinds';

describe('every kind on every sheet', () => {
  const appendix = buildAppendix({ edits: PLANTED_EDITS });
  const tally = buildKind('tally');
  const sipas = buildKind('sipas');
  const wb = { sheets: [appendix.sheet, tally.sheet, sipas.sheet] };

  test('a workbook holding the appendix, a tally and a SIPAS table reports three tables, in sheet order', () => {
    const rep = check(wb);
    expect(rep.tables.map((t) => [t.kind, t.sheet, t.headerRow])).toEqual([
      ['statistics-appendix', appendix.sheet.name, appendix.headerRow],
      ['survey-tally', tally.sheet.name, tally.headerRow],
      ['sipas-components', sipas.sheet.name, sipas.headerRow],
    ]);
    expect(rep.tables[0]).toMatchObject({
      edition: '2021',
      year: 2021,
      columns: { label: appendix.columns.label, value: appendix.columns.value },
    });
    expect(rep.sipas?.components).toHaveLength(6);
  });

  test('the appendix results are the same as with the appendix alone; each finding names its kind and sheet', () => {
    const alone = check({ sheets: [appendix.sheet] });
    const rep = check(wb);
    const strip = (fs: typeof rep.findings) => fs.map((f) => [f.rule, f.sheet, f.cell, f.severity]);
    expect(strip(rep.findings.filter((f) => f.kind === 'statistics-appendix'))).toEqual(strip(alone.findings));
    expect(rep.indicators).toEqual(alone.indicators);
    expect(rep.derived).toEqual(alone.derived);
    expect(rep.criteria).toEqual(alone.criteria);
    expect(rep.layout).toEqual(alone.layout);
    expect(rep.findings.filter((f) => f.kind === 'survey-tally').map((f) => [f.sheet, f.rule])).toEqual([
      [tally.sheet.name, 'tally.total'],
      [tally.sheet.name, 'unit.typo'],
      [tally.sheet.name, 'unit.typo'],
    ]);
    expect(rep.findings.every((f) => f.kind !== undefined)).toBe(true);
  });

  test('the two-step read locates every kind’s region', () => {
    const regions = locateTables(probeFromSnapshot(wb));
    expect(regions.map((r) => r.sheet)).toEqual([appendix.sheet.name, tally.sheet.name, sipas.sheet.name]);
    expect(regions[1].range).toMatch(/^A1:/);
  });

  test('a sheet with no known table is not located, and a workbook of such sheets is not recognized', () => {
    const other = {
      name: 'Ghi chú',
      origin: { row: 1, col: 1 },
      values: [
        ['Đơn vị', 'Ghi chú'],
        ['Văn phòng', 'x'],
      ],
      merges: [],
    };
    expect(locateTables(probeFromSnapshot({ sheets: [other] }))).toEqual([]);
    const rep = check({ sheets: [other] });
    expect(rep.recognized).toBe(false);
    expect(rep.tables).toEqual([]);
  });
});

test('the highlights cover every table’s sheet: a tally alone gets its total’s error marked, the typo notices not', () => {
  const tally = buildKind('tally');
  const sheet = { ...tally.sheet, fills: tally.sheet.values.map((r) => r.map(() => null)) };
  const wb = { sheets: [sheet] };
  const r = planHighlights(check(wb), wb);
  if (!r.ok) throw new Error(r.refused);
  expect(r.plan.fills.map((f) => [f.sheet, f.cell])).toEqual([[tally.sheet.name, `F${tally.rowOf.get('total')}`]]);
  expect(r.plan.state?.highlights).toEqual([
    { sheet: tally.sheet.name, cell: `F${tally.rowOf.get('total')}`, kind: 'error', original: null },
  ]);
  expect(planHighlights(check({ sheets: [{ ...sheet, protected: true }] }), { sheets: [{ ...sheet, protected: true }] })).toMatchObject({
    ok: false,
    refused: 'protected',
  });
});

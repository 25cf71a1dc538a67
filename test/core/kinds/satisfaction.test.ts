import { check, WorkbookSnapshot } from '../../../src/core';
import { KindBuildOptions, buildKind, kindWorkbook } from '../../fixtures/kinds';

const VARIANTS: [string, KindBuildOptions][] = [
  ['as the seed prints it (SIPS over 2017 | 2016)', {}],
  ['without the title line', { title: false }],
  ['with one header row ("Năm 2017", "Năm 2016")', { otherHeader: true }],
  ['with unaccented upper-case headers', { upperHeader: true }],
  ['with a blank column after the unit', { blankColumn: true }],
  ['with typed percentages, starting at B3', { typed: true, startRow: 3, startCol: 2 }],
];

describe('satisfaction by unit (seed 000, Khánh Hòa 2017)', () => {
  test.each(VARIANTS)('%s: no error, one rounding notice at Khánh Vĩnh’s change', (_name, opts) => {
    const built = buildKind('satisfaction', opts);
    const rep = check({ sheets: [built.sheet] });
    expect(rep.tables.map((t) => [t.kind, t.headerRow, t.year])).toEqual([['satisfaction-by-unit', built.headerRow, 2017]]);
    expect(rep.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['satisfaction.rounding', 'info', `${built.col(4)}${built.rowOf.get('BHXH Khánh Vĩnh')}`],
    ]);
    expect(rep.findings[0]).toMatchObject({ actual: 11.96, expected: 11.95, current: 84.48, previous: 72.53 });
  });

  test('with a 77% target its four units below it are flagged as benchmark.below, at this year’s cell', () => {
    const built = buildKind('satisfaction');
    const rep = check({ sheets: [built.sheet] }, { satisfactionTarget: 77 });
    const below = rep.findings.filter((f) => f.rule === 'benchmark.below');
    expect(below.map((f) => f.cell)).toEqual(
      ['BHXH Cam Lâm', 'BHXH Cam Ranh', 'BHXH Diên Khánh', 'BHXH Khánh Sơn'].map((u) => `C${built.rowOf.get(u)}`),
    );
    expect(below[0]).toMatchObject({ severity: 'info', kind: 'satisfaction-by-unit', unit: 'BHXH Cam Lâm', actual: 73.94, expected: 77 });
    expect(rep.summary.error).toBe(0);
  });

  test('the target comes from the scoring sheet "Thang điểm" when the user set it there; none by default', () => {
    const built = buildKind('satisfaction');
    const scoring = { name: 'Thang điểm', origin: { row: 1, col: 1 }, values: [['Mục tiêu chỉ số hài lòng', '77%']], merges: [] };
    const wb: WorkbookSnapshot = { sheets: [built.sheet, scoring] };
    expect(check(wb).findings.filter((f) => f.rule === 'benchmark.below')).toHaveLength(4);
    expect(check({ sheets: [built.sheet] }).findings.filter((f) => f.rule === 'benchmark.below')).toHaveLength(0);
  });

  test('a change rounding cannot explain is an error stating the exact difference; a rate over 100 is an error', () => {
    const built = buildKind('satisfaction', {
      edits: [
        { row: 'BHXH Cam Ranh', col: 4, value: '-0,25%' },
        { row: 'BHXH Khánh Sơn', col: 2, value: '172,85%' },
      ],
    });
    const rep = check({ sheets: [built.sheet] });
    const errors = rep.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell])).toEqual([
      ['rate.range', `C${built.rowOf.get('BHXH Khánh Sơn')}`],
      ['satisfaction.change', `E${built.rowOf.get('BHXH Cam Ranh')}`],
      ['satisfaction.change', `E${built.rowOf.get('BHXH Khánh Sơn')}`],
    ]);
    expect(errors[1]).toMatchObject({ actual: -0.25, expected: -0.23, tolerance: 0.015 });
  });

  test('a typed change within rounding of the figures is not flagged', () => {
    expect(check(kindWorkbook('satisfaction', { typed: true })).findings.map((f) => f.rule)).toEqual(['satisfaction.rounding']);
  });
});

/** The rules of the unit tables on the real seed tables: rule ids, cells and facts. */
import {
  DEFAULT_RUBRIC,
  Rubric,
  SURVEY_TALLY,
  rubricSheetPlan,
  TABLE_RULES,
  UnknownRuleError,
  check,
  runTableRules,
} from '../../../src/core';
import { recognizeUnits } from '../../../src/core/kinds/units/recognize';
import { UnitBuildOptions, buildUnits } from '../../fixtures/units';

const seen = (rep: ReturnType<typeof check>) => rep.findings.map((f) => [f.rule, f.severity, f.cell]);

describe('survey-form tally (seed 002)', () => {
  test.each<[string, UnitBuildOptions]>([
    ['as printed', {}],
    ['two header rows, no title', { header: 'other', title: false }],
    ['total first, typed numbers, a blank column', { totalFirst: true, typedNumbers: true, blankColumn: true }],
  ])('%s: exactly one error at the total of invalid forms and the two typo notices', (_, opts) => {
    const built = buildUnits('tally', opts);
    const rep = check(built.workbook);
    expect(seen(rep)).toEqual([
      ['total.sum', 'error', built.cellOf('Tổng cộng:', 5)],
      ['unit.typo', 'info', built.cellOf('BHXX huyện Tuy Đức', 1)],
      ['unit.typo', 'info', built.cellOf("BHXX huyện Đắk R'lấp", 1)],
    ]);
    expect(rep.findings[0]).toMatchObject({
      kind: 'survey-tally',
      sheet: 'Phiếu điều tra',
      column: 'invalid',
      actual: 3,
      expected: 0,
      units: 8,
    });
    expect(rep.findings[1]).toMatchObject({ actual: 'BHXX', expected: 'BHXH' });
    expect(rep.summary).toEqual({ error: 1, warning: 0, info: 2 });
  });

  test('a unit printing issued − returned as invalid: valid + invalid ≠ returned, at its invalid cell', () => {
    const built = buildUnits('tally', { edits: { 'BHXX huyện Tuy Đức': { 5: '3' } } });
    const rep = check(built.workbook);
    expect(rep.findings.filter((f) => f.rule === 'tally.partition')).toEqual([
      expect.objectContaining({ cell: built.cellOf('BHXX huyện Tuy Đức', 5), actual: 174, expected: 171, valid: 171, invalid: 3 }),
    ]);
    // Now the total adds up.
    expect(rep.findings.some((f) => f.rule === 'total.sum')).toBe(false);
  });

  test('returned above issued and valid above returned', () => {
    const built = buildUnits('tally', { edits: { 'Văn phòng': { 3: '120', 4: '130' } } });
    const rep = check(built.workbook);
    const leq = rep.findings.filter((f) => f.rule === 'tally.leq');
    expect(leq.map((f) => [f.cell, 'column' in f && f.column])).toEqual([
      [built.cellOf('Văn phòng', 3), 'returned'],
      [built.cellOf('Văn phòng', 4), 'valid'],
    ]);
  });

  test('text and fractions in a count are errors at their cells', () => {
    const built = buildUnits('tally', { edits: { 'Văn phòng': { 2: 'một trăm' }, 'BHXH huyện Cư Jút': { 2: '80,5' } } });
    const rep = check(built.workbook);
    expect(rep.findings.filter((f) => f.rule === 'cell.type').map((f) => f.cell)).toEqual([
      built.cellOf('Văn phòng', 2),
      built.cellOf('BHXH huyện Cư Jút', 2),
    ]);
  });
});

describe('satisfaction by unit (seed 000)', () => {
  const target77: Rubric = {
    name: 'Kế hoạch 2017',
    headings: [],
    bands: [],
    criteria: [
      {
        ...DEFAULT_RUBRIC.criteria[0],
        id: 'III.1',
        section: 'B',
        measure: { indicator: 'satisfaction.unit' },
        target: 77,
      },
    ],
  };

  test.each<[string, UnitBuildOptions]>([
    ['as printed', {}],
    ['one header row, typed numbers', { header: 'other', typedNumbers: true }],
    ['upper-case headers at C6', { upperHeaders: true, startRow: 6, startCol: 3 }],
  ])('%s: no error, one rounding notice stating the exact difference', (_, opts) => {
    const built = buildUnits('satisfaction', opts);
    const rep = check(built.workbook);
    expect(seen(rep)).toEqual([['change.rounding', 'info', built.cellOf('BHXH Khánh Vĩnh', 4)]]);
    expect(rep.findings[0]).toMatchObject({ actual: 11.96, expected: 11.95, current: 84.48, previous: 72.53 });
  });

  test('no target by default: no unit is below', () => {
    expect(check(buildUnits('satisfaction').workbook).findings.some((f) => f.rule === 'benchmark.below')).toBe(false);
  });

  test('with the plan’s 77% target (from the rubric) its four units below are flagged at this year’s cell', () => {
    const built = buildUnits('satisfaction');
    const rep = check(built.workbook, { rubric: target77 });
    const below = rep.findings.filter((f) => f.rule === 'benchmark.below');
    expect(below.map((f) => f.cell)).toEqual(
      ['BHXH Cam Lâm', 'BHXH Cam Ranh', 'BHXH Diên Khánh', 'BHXH Khánh Sơn'].map((u) => built.cellOf(u, 2)),
    );
    expect(below[0]).toMatchObject({ severity: 'info', scope: 'unit', unit: 'BHXH Cam Lâm', actual: 73.94, expected: 77 });
    expect(rep.summary.error).toBe(0);
    // A target given directly gives the same.
    expect(
      check(built.workbook, { targets: { 'satisfaction-by-unit': 77 } }).findings.filter((f) => f.rule === 'benchmark.below'),
    ).toHaveLength(4);
  });

  test('the target set in the workbook’s “Thang điểm” sheet flags the same four units', () => {
    const built = buildUnits('satisfaction');
    const plan = rubricSheetPlan(target77, 'Thang điểm');
    const sheet = {
      name: plan.name,
      origin: { row: 1, col: 1 },
      values: plan.rows.map((r) => r.map((v) => v ?? null)),
      merges: plan.merges,
    };
    const rep = check({ sheets: [built.sheet, sheet] });
    expect(rep.rubric).toMatchObject({ source: 'sheet', valid: true });
    expect(rep.findings.filter((f) => f.rule === 'benchmark.below').map((f) => f.cell)).toEqual(
      ['BHXH Cam Lâm', 'BHXH Cam Ranh', 'BHXH Diên Khánh', 'BHXH Khánh Sơn'].map((u) => built.cellOf(u, 2)),
    );
  });

  test('a change beyond what the roundings allow is an error; a rate over 100 is an error', () => {
    const built = buildUnits('satisfaction', { edits: { 'BHXH Cam Ranh': { 4: '-0,25%' }, 'BHXH Khánh Sơn': { 2: '172,85%' } } });
    const rep = check(built.workbook);
    expect(rep.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([
      ['change.mismatch', built.cellOf('BHXH Cam Ranh', 4)],
      ['cell.range', built.cellOf('BHXH Khánh Sơn', 2)],
      ['change.mismatch', built.cellOf('BHXH Khánh Sơn', 4)],
    ]);
  });
});

describe('SIPAS components (seed 003)', () => {
  test('the seed: no finding', () => {
    expect(check(buildUnits('sipas').workbook).findings).toEqual([]);
  });

  test('a missing component is a warning at the header, a rate over 100 an error', () => {
    const built = buildUnits('sipas', { edits: { '1': { 1: 'Chỉ tiêu khác' }, '4': { 2: '101%' } } });
    const rep = check(built.workbook);
    expect(seen(rep)).toEqual([
      ['cell.range', 'error', built.cellOf('Kết quả giải quyết công việc', 2)],
      ['component.missing', 'warning', `B${built.headerRow}`],
      ['component.unknown', 'info', built.cellOf('Chỉ tiêu khác', 1)],
    ]);
    expect(rep.findings[1]).toMatchObject({ component: 'sipas.access' });
  });
});

describe('the registry', () => {
  test('every rule a kind names is registered for it, and each rule says what it emits', () => {
    for (const rule of TABLE_RULES.values()) expect(Object.keys(rule.emits).length).toBeGreaterThan(0);
    const table = recognizeUnits(buildUnits('tally').workbook, SURVEY_TALLY)[0];
    expect(() => runTableRules(table, { ...SURVEY_TALLY, rules: ['no.such.rule'] })).toThrow(UnknownRuleError);
    expect(() => runTableRules(table, { ...SURVEY_TALLY, rules: ['change.difference'] })).toThrow(UnknownRuleError);
  });

  test('every finding has a sentence in both languages', () => {
    const rep = check(buildUnits('satisfaction', { edits: { 'BHXH Cam Ranh': { 4: '-0,25%' } } }).workbook, {
      targets: { 'satisfaction-by-unit': 77 },
    });
    for (const f of rep.findings) {
      expect(f.messages.vi).not.toBe('');
      expect(f.messages.en).not.toBe(f.messages.vi);
    }
  });
});

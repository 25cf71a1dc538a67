/**
 * This year's report beside last year's (issue 22), pure: the seed appendix a few percent apart with
 * two planted slips; seed 000's satisfaction table with its 2016 file; the refusals.
 */
import { Report, WorkbookSnapshot, check, withPrevious } from '../../src/core';
import { compareReports } from '../../src/core/combine/compare';
import { SeedRow, buildAppendix } from '../fixtures/appendix';
import { buildUnits } from '../fixtures/units';

/** A workbook's strings with the year (and the office) of its title block changed. */
function retitled(wb: WorkbookSnapshot, change: (s: string) => string): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? change(v) : v))) })),
  };
}

/** Last year's figures: a few percent apart from this year's seed. */
const LAST_YEAR: Record<string, Partial<SeedRow>> = {
  '1.3.3': { value: '17' },
  '1.3.4': { value: '105' },
  '1.5.3': { value: '98,20' },
  '3.2.1': { value: '209' },
  '3.2.2': { value: '198' },
  '6.5.4': { value: '10.401' },
  '6.5.5': { value: '47.120' },
};

const appendix2020 = () => retitled(buildAppendix({ edits: LAST_YEAR }).workbook, (s) => s.replace(/2021/g, '2020'));
const YEAR_RULES = ['year.jump', 'year.drop', 'year.mismatch'];
const yearFindings = (r: Report) => r.findings.filter((f) => YEAR_RULES.includes(f.rule)).map((f) => [f.rule, f.severity, f.cell, f.code]);

describe('the appendix beside last year’s', () => {
  test('a count 1,000 times last year’s and a percentage down 15 points: exactly those two findings, at their cells', () => {
    const built = buildAppendix({ edits: { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } } });
    const now = check(built.workbook, { file: '2021.xlsx' });
    const out = withPrevious(now, check(appendix2020(), { file: '2020.xlsx' }), { file: '2020.xlsx' });
    if (!out.ok) throw new Error(out.code);
    const r = out.report;
    const cell = (code: string) => `${built.columns.value}${built.rowOf.get(code)}`;
    expect(yearFindings(r)).toEqual([
      ['year.jump', 'warning', cell('1.3.3'), '1.3.3'],
      ['year.drop', 'info', cell('1.5.3'), '1.5.3'],
    ]);
    expect(r.previous).toEqual({ file: '2020.xlsx', year: 2020, office: 'BHXH tỉnh Sóc Trăng' });
    const jump = r.findings.find((f) => f.rule === 'year.jump');
    expect(jump).toMatchObject({ actual: 17000, expected: 17, ratio: 1000, year: 2020 });
    expect(jump?.messages.vi).toBe('Chỉ tiêu 1.3.3: 17.000 so với 17 năm 2020: có thể thiếu hoặc thừa một nhóm chữ số.');
    expect(r.findings.find((f) => f.rule === 'year.drop')).toMatchObject({ actual: 83.2, expected: 98.2, reason: 'points' });
    // Counted in the summary; the findings of the check itself are kept as they were.
    expect(r.summary.warning).toBe(now.summary.warning + 1);
    expect(r.summary.info).toBe(now.summary.info + 1);
    expect(r.findings.slice(0, now.findings.length)).toEqual(now.findings);
    // One change per count or percentage given in both years, with delta and ratio.
    const c = r.changes?.find((x) => x.code === '3.2.1');
    expect(c).toEqual({
      id: c?.id,
      code: '3.2.1',
      label: c?.label,
      sheet: built.sheet.name,
      cell: cell('3.2.1'),
      kind: 'statistics-appendix',
      column: null,
      measure: 'count',
      previous: 209,
      current: 215,
      delta: 6,
      ratio: Number((215 / 209).toPrecision(12)),
    });
    expect(r.changes?.some((x) => x.code === '1.3.5')).toBe(false);
    expect(new Set(r.changes?.map((x) => x.measure))).toEqual(new Set(['count', 'percent']));
  });

  test('the same figures both years: changes of zero, no year finding', () => {
    const last = check(retitled(buildAppendix().workbook, (s) => s.replace(/2021/g, '2020')));
    const out = compareReports(check(buildAppendix().workbook), last);
    if (!out.ok) throw new Error(out.code);
    expect(out.findings).toEqual([]);
    expect(out.changes.length).toBeGreaterThan(30);
    expect(out.changes.every((c) => c.delta === 0)).toBe(true);
  });

  test('a rate that falls below its benchmark having met it last year (on-time dossiers, 100% → 99,10%)', () => {
    const last = check(
      retitled(
        buildAppendix({ edits: { '2.5.3': { value: '100', note: '169.800/169.800' }, '2.5.2': { value: '169.800' } } }).workbook,
        (s) => s.replace(/2021/g, '2020'),
      ),
    );
    const out = compareReports(check(buildAppendix().workbook), last);
    if (!out.ok) throw new Error(out.code);
    expect(out.findings.map((f) => [f.rule, f.code])).toEqual([['year.drop', '2.5.3']]);
    expect(out.findings[0]).toMatchObject({ reason: 'benchmark', benchmark: 100, actual: 99.1, expected: 100 });
  });
});

describe('refusals', () => {
  const now = () => check(buildAppendix().workbook);
  test('previous.same-year', () => {
    expect(compareReports(now(), now())).toEqual({ ok: false, code: 'previous.same-year', year: 2021 });
  });
  test('previous.other-office (names matched as consolidation matches them)', () => {
    const other = check(
      retitled(buildAppendix().workbook, (s) => s.replace(/2021/g, '2020').replace('BHXH tỉnh Sóc Trăng', 'BHXH tỉnh Bạc Liêu')),
    );
    expect(compareReports(now(), other)).toEqual({
      ok: false,
      code: 'previous.other-office',
      office: 'BHXH tỉnh Sóc Trăng',
      previousOffice: 'BHXH tỉnh Bạc Liêu',
    });
    const same = check(
      retitled(buildAppendix().workbook, (s) =>
        s.replace(/2021/g, '2020').replace('BHXH tỉnh Sóc Trăng', 'Bảo hiểm xã hội TỈNH SÓC TRĂNG'),
      ),
    );
    expect(compareReports(now(), same).ok).toBe(true);
  });
  test('previous.no-match: another kind, a workbook with no known table, a later year', () => {
    expect(compareReports(now(), check(buildUnits('tally').workbook))).toMatchObject({
      ok: false,
      code: 'previous.no-match',
      reason: 'no-common-table',
    });
    expect(
      compareReports(now(), check({ sheets: [{ name: 'Trống', origin: { row: 1, col: 1 }, values: [['x']], merges: [] }] })),
    ).toMatchObject({
      ok: false,
      code: 'previous.no-match',
      reason: 'not-recognized',
    });
    const later = check(retitled(buildAppendix().workbook, (s) => s.replace(/2021/g, '2022')));
    expect(compareReports(now(), later)).toMatchObject({ ok: false, code: 'previous.no-match', reason: 'later-year', previousYear: 2022 });
  });
});

/** Seed 000's 2016 file: the 2016 column as that year's figures, 2015 beside it, its change written. */
function satisfaction2016(): WorkbookSnapshot {
  const rows: Record<string, [string, string]> = {
    'BHXH Cam Lâm': ['76,97%', '75,10%'],
    'BHXH Cam Ranh': ['72,57%', '70,02%'],
    'BHXH Diên Khánh': ['68,25%', '69,40%'],
    'BHXH Khánh Sơn': ['71,28%', '70,00%'],
    'BHXH Khánh Vĩnh': ['72,53%', '71,53%'],
  };
  const edits = Object.fromEntries(
    Object.entries(rows).map(([name, [y16, y15]]) => {
      const change = (Number(y16.replace(/%/, '').replace(',', '.')) - Number(y15.replace(/%/, '').replace(',', '.')))
        .toFixed(2)
        .replace('.', ',');
      return [name, { 2: y16, 3: y15, 4: `${change}%` }];
    }),
  );
  // Header years moved back one: 2017 → 2016, 2016 → 2015.
  return retitled(buildUnits('satisfaction', { typedNumbers: true, edits }).workbook, (s) =>
    s.replace(/2016/g, '2015').replace(/2017/g, '2016'),
  );
}

describe('seed 000: satisfaction by unit, 2017 beside 2016', () => {
  test('units matched by name: changes per unit, change.rounding stays a notice, no year finding', () => {
    const now = check(buildUnits('satisfaction', { typedNumbers: true }).workbook);
    const out = withPrevious(now, check(satisfaction2016()));
    if (!out.ok) throw new Error(out.code);
    expect(out.report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['change.rounding', 'info', 'E9']]);
    expect(out.report.previous?.year).toBe(2016);
    expect(out.report.changes?.map((c) => [c.label, c.cell, c.previous, c.current, c.delta])).toEqual([
      ['BHXH Cam Lâm', 'C5', 76.97, 73.94, -3.03],
      ['BHXH Cam Ranh', 'C6', 72.57, 72.34, -0.23],
      ['BHXH Diên Khánh', 'C7', 68.25, 74.46, 6.21],
      ['BHXH Khánh Sơn', 'C8', 71.28, 72.85, 1.57],
      ['BHXH Khánh Vĩnh', 'C9', 72.53, 84.48, 11.95],
    ]);
  });

  test('a planted wrong previous-year figure is a year.mismatch at its cell (its change kept consistent)', () => {
    const now = check(buildUnits('satisfaction', { typedNumbers: true, edits: { 'BHXH Cam Ranh': { 3: '70,57%', 4: '1,77%' } } }).workbook);
    const out = withPrevious(now, check(satisfaction2016()));
    if (!out.ok) throw new Error(out.code);
    expect(out.report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['change.rounding', 'info', 'E9'],
      ['year.mismatch', 'error', 'D6'],
    ]);
    expect(out.report.findings[1]).toMatchObject({
      actual: 70.57,
      expected: 72.57,
      tolerance: 0.01,
      year: 2016,
      previousCell: 'C6',
      label: 'BHXH Cam Ranh',
    });
    expect(out.report.summary.error).toBe(1);
  });

  test('a unit’s name written another way (BHXX, case, accents) is still the same unit', () => {
    const last = retitled(satisfaction2016(), (s) =>
      s === 'BHXH Cam Ranh' ? 'BHXX cam ranh' : s === 'BHXH Diên Khánh' ? 'BHXH Dien Khanh' : s,
    );
    const out = compareReports(check(buildUnits('satisfaction', { typedNumbers: true }).workbook), check(last));
    if (!out.ok) throw new Error(out.code);
    expect(out.changes.map((c) => c.label)).toEqual([
      'BHXH Cam Lâm',
      'BHXH Cam Ranh',
      'BHXH Diên Khánh',
      'BHXH Khánh Sơn',
      'BHXH Khánh Vĩnh',
    ]);
  });
});

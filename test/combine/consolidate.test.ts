/**
 * Consolidation of reports, pure: statuses, totals that are sound or null, cross-file findings, the
 * tolerant matching of office names, the expected offices of a list. Workbooks from the seed appendix.
 */
import { Report, check, unreadableReport } from '../../src/core';
import { Consolidator, consolidate, officeKey } from '../../src/core/combine/consolidate';
import { summarize } from '../../src/core/combine/summary';
import { expectedOffices } from '../../src/core/combine/expected';
import { consolidationSheets } from '../../src/core/combine/sheets';
import { combineText, crossMessage } from '../../src/core/messages/combine';
import { district, districtWorkbook, vn } from '../fixtures/districts';
import { buildAppendix } from '../fixtures/appendix';

const reportOf = (i: number, over: Partial<ReturnType<typeof district>> = {}): Report =>
  check(districtWorkbook({ ...district(i), ...over }));

describe('office names', () => {
  test('the same office however it is written', () => {
    const key = officeKey('BHXH huyện Châu Thành');
    for (const other of ['bhxh huyen chau thanh', 'Bảo hiểm xã hội HUYỆN CHÂU THÀNH', '  Huyện  Châu Thành. ', 'BHXH-huyện Châu Thành'])
      expect(officeKey(other)).toBe(key);
    expect(officeKey('BHXH huyện Châu Thành')).not.toBe(officeKey('BHXH thị xã Châu Thành'));
  });

  test('a list: names kept, header words, numbers, blanks and comments left out', () => {
    expect(expectedOffices(['Đơn vị', 'TÊN ĐƠN VỊ', '1', 'BHXH huyện A', '', '# later', 3, null, '\uFEFFBHXH huyện B '])).toEqual([
      'BHXH huyện A',
      'BHXH huyện B',
    ]);
  });
});

describe('statuses and cross-file findings', () => {
  test('the year most files give; a later file of an office already added is a duplicate, an earlier other-year one is not counted against it', () => {
    const acc = new Consolidator();
    acc.add(reportOf(1, { year: 2020 }), 'a-2020.xlsx');
    acc.add(reportOf(1), 'a.xlsx');
    acc.add(reportOf(2), 'b.xlsx');
    acc.add(reportOf(1, { planned: 99 }), 'a-again.xlsx');
    acc.add(unreadableReport('bad.xlsx', { vi: 'hỏng', en: 'damaged' }, 'vi'), 'bad.xlsx');
    const c = acc.finish(['BHXH Huyện 2', 'bhxh huyen 3']);
    expect(c.year).toBe(2021);
    expect(c.units.map((u) => [u.file, u.status])).toEqual([
      ['a-2020.xlsx', 'other-year'],
      ['a.xlsx', 'ok'],
      ['b.xlsx', 'ok'],
      ['a-again.xlsx', 'duplicate'],
      ['bad.xlsx', 'unreadable'],
      [null, 'missing'],
    ]);
    expect(c.units[5].office).toBe('bhxh huyen 3');
    expect(c.findings.map((f) => f.rule)).toEqual([
      'consolidate.year',
      'consolidate.duplicate',
      'consolidate.unreadable',
      'consolidate.missing',
    ]);
    // The duplicate names the file it repeats; each finding has a sentence in both languages.
    expect(c.findings[1]).toMatchObject({ file: 'a-again.xlsx', first: 'a.xlsx' });
    for (const f of c.findings) for (const lang of ['vi', 'en'] as const) expect(crossMessage(f, lang)).toMatch(/\.$/);
    // Only the two added files count.
    expect(c.indicators.find((i) => i.id === '1.1.1')?.total).toBe(district(1).planned + district(2).planned);
  });

  test('a file with no table to consolidate is not-recognized; a file with errors is "findings" and still added', () => {
    const acc = new Consolidator();
    acc.add(check({ sheets: [{ name: 'S', origin: { row: 1, col: 1 }, values: [['xin chào']], merges: [] }] }), 'text.xlsx');
    const withError = check(buildAppendix({ edits: { '1.1.2': { value: '31' } } }).workbook);
    expect(withError.summary.error).toBeGreaterThan(0);
    acc.add(withError, 'error.xlsx');
    const c = acc.finish();
    expect(c.units.map((u) => u.status)).toEqual(['not-recognized', 'findings']);
    expect(c.findings).toEqual([expect.objectContaining({ rule: 'consolidate.unreadable', status: 'not-recognized', file: 'text.xlsx' })]);
    expect(c.indicators.find((i) => i.id === '1.1.2')?.total).toBe(31);
  });
});

describe('totals', () => {
  test('a rate whose counts one added file does not give has no total (never a partial or averaged one)', () => {
    const acc = new Consolidator();
    acc.add(reportOf(1), 'a.xlsx');
    // The rate written, its note and the count of dossiers resolved left out: no counts behind it.
    const bare = buildAppendix({ edits: { '2.5.3': { value: '97,00', note: '' }, '2.5.2': { value: '' } } }).workbook;
    const sheet = bare.sheets[0];
    sheet.values = sheet.values.map((row) =>
      row.map((v) => (typeof v === 'string' ? v.replace('BHXH tỉnh Sóc Trăng', 'BHXH huyện Bê') : v)),
    );
    acc.add(check(bare), 'b.xlsx');
    const c = acc.finish();
    const rate = c.indicators.find((i) => i.id === '2.5.3')!;
    expect(rate.values).toEqual([expect.any(Number), 97]);
    expect(rate.basis).toBe('ratio');
    expect(rate.total).toBeNull();
  });

  test('one file: the rate is its own counts’ ratio; a percentage without counts has no total', () => {
    const d = district(4);
    const acc = new Consolidator();
    acc.add(reportOf(4), 'd.xlsx');
    const c = acc.finish();
    const rate = c.indicators.find((i) => i.id === '2.5.3')!;
    expect(rate.total).toBeCloseTo((d.onTime / d.resolved) * 100, 6);
    expect(c.indicators.find((i) => i.id === '1.3.1')).toMatchObject({ basis: 'none', total: null });
    // The ratios the appendix has no row for are rows of their own.
    expect(c.indicators.find((i) => i.id === 'plan_completion')).toMatchObject({ code: null, basis: 'ratio', kind: 'percent' });
  });

  test('the sheets: one column per added unit, the province column, words from the message tables', () => {
    const acc = new Consolidator();
    acc.add(reportOf(1), 'a.xlsx');
    acc.add(reportOf(2), 'b.xlsx');
    acc.add(reportOf(2), 'b-again.xlsx');
    const c = acc.finish();
    const sheets = consolidationSheets(c, (t) => combineText(t, 'en'), 'en');
    expect(sheets.map((s) => s.name)).toEqual(['Submissions', 'Appendix 2 totals', 'Survey-form totals', 'Findings by unit']);
    const appendix = sheets[1];
    expect(appendix.rows[1].map((x) => x.value)).toEqual([
      'Code',
      'Indicator',
      'Unit of measure',
      'BHXH Huyện 1',
      'BHXH Huyện 2',
      'Province',
      'Total made by',
    ]);
    const planned = appendix.rows.find((r) => r[0].value === '1.1.1')!;
    const row = appendix.rows.indexOf(planned) + 1;
    expect(planned[5]).toMatchObject({ value: district(1).planned + district(2).planned, formula: `SUM(D${row}:E${row})` });
    const dossiers = appendix.rows.find((r) => r[0].value === '2.5.2')!;
    expect(dossiers[3].value).toBe(Number(vn(district(1).resolved).replace(/\./g, '')));
  });
});

describe('editions', () => {
  test('an added file read with another catalogue edition than most is a consolidate.edition finding, and still added', () => {
    const a = summarize(reportOf(1), 'a.xlsx');
    const b = summarize(reportOf(2), 'b.xlsx');
    const c = summarize(reportOf(3), 'c.xlsx');
    const out = consolidate([a, { ...b, edition: '2025' }, c], []);
    expect(out.edition).toBe('2021');
    expect(out.units.map((u) => u.status)).toEqual(['ok', 'ok', 'ok']);
    expect(out.findings).toEqual([
      { rule: 'consolidate.edition', file: 'b.xlsx', office: 'BHXH Huyện 2', edition: '2025', expected: '2021' },
    ]);
    expect(crossMessage(out.findings[0], 'en')).toBe('b.xlsx: catalogue 2025, unlike the other files (2021).');
  });
});

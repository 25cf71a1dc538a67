import fc from 'fast-check';
import { APPENDIX_2021, CellValue, check, recognize } from '../../../src/core';
import { SEED_ROWS, buildAppendix, rowKey } from '../../fixtures/appendix';

/** Every coded seed row, with the value the seed gives it. */
const CODED = SEED_ROWS.filter((r) => /^\d/.test(r.code.trim())).map((r) => ({ code: rowKey(r), value: r.value.trim() }));

function seedValue(raw: string): number | null {
  if (raw === '') return null;
  return Number(raw.replace(/\./g, '').replace(',', '.'));
}

describe('recognizing the seed appendix', () => {
  const built = buildAppendix();
  const rep = check(built.workbook);

  test('happy path: sheet, header row, columns, year and office', () => {
    expect(rep.recognized).toBe(true);
    expect(rep.layout).toMatchObject({
      sheet: 'Phụ lục 2',
      headerRow: built.headerRow,
      headerRows: 2,
      columns: { code: 'A', label: 'B', unit: 'C', value: 'D', note: 'E' },
      year: 2021,
      office: 'BHXH tỉnh Sóc Trăng',
      titled: true,
    });
  });

  test('every coded row is mapped by its code, with its value', () => {
    expect(CODED.length).toBeGreaterThan(100);
    for (const { code, value } of CODED) {
      const ind = rep.indicators.find((i) => i.code === code);
      expect(ind).toBeDefined();
      expect(ind!.id).toBe(code);
      expect(ind!.cell).toBe(`D${built.rowOf.get(code)}`);
      expect(ind!.value).toBe(seedValue(value));
    }
  });

  test('rows without a code are mapped too, and nothing is left unknown', () => {
    const ids = rep.indicators.map((i) => i.id);
    for (const id of [
      '2.1.3.province',
      '2.1.3.district',
      '2.2.received',
      '2.2.resolved',
      '3.1.1.departments',
      '6.2.outgoing',
      '6.2.share_parallel',
    ])
      expect(ids).toContain(id);
    expect(rep.indicators.filter((i) => i.id === null)).toEqual([]);
    expect(rep.indicators).toHaveLength(APPENDIX_2021.rows.length);
  });

  test('a coded answer that wraps onto the next row keeps all its codes (6.3 = 2 is valid)', () => {
    const i = rep.indicators.find((x) => x.id === '6.3')!;
    expect(i.unit).toContain('Đã hoàn thành = 2');
    expect(rep.findings.filter((f) => f.code === '6.3')).toEqual([]);
  });

  test('0 errors on the real seed figures', () => {
    expect(rep.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(rep.summary.error).toBe(0);
  });
});

describe('the same table, written differently, reads the same', () => {
  const base = check(buildAppendix().workbook);
  const values = (r: ReturnType<typeof check>) => r.indicators.map((i) => [i.id, i.value]);
  const variants: [string, Parameters<typeof buildAppendix>[0]][] = [
    ['typed numbers with % stored as fractions', { typedNumbers: true }],
    ['a cover sheet before it', { coverSheet: true }],
    ['start moved to another cell', { startRow: 7, startCol: 3 }],
    [
      'one header row, upper case without diacritics, TT/ĐVT, codes without final dots',
      { header: 'one-row-variant', codesWithoutFinalDot: true },
    ],
    ['a blank column inserted', { blankColumn: true }],
    ['no title block', { title: false }],
  ];
  test.each(variants)('%s', (_name, opts) => {
    const built = buildAppendix(opts);
    const rep = check(built.workbook);
    expect(rep.recognized).toBe(true);
    expect(rep.layout!.sheet).toBe('Phụ lục 2');
    expect(rep.layout!.headerRow).toBe(built.headerRow);
    expect(rep.layout!.columns.value).toBe(built.columns.value);
    expect(values(rep)).toEqual(values(base));
    expect(rep.summary.error).toBe(0);
    if (opts?.title !== false) expect([rep.layout!.year, rep.layout!.office]).toEqual([2021, 'BHXH tỉnh Sóc Trăng']);
  });

  test('a district workbook without province-only rows is fine', () => {
    const rep = check(buildAppendix({ omit: ['3.3', 'Số lượng lãnh đạo tại đơn vị chủ quản cấp tỉnh', '4.5.1', '6.6.4'] }).workbook);
    expect(rep.summary.error).toBe(0);
  });

  test('a required row missing is an error that names it', () => {
    const rep = check(buildAppendix({ omit: ['2.5.2'] }).workbook);
    expect(rep.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.id])).toEqual([['required.missing', '2.5.2']]);
  });

  test('a shifted code is mapped by its label', () => {
    const rep = check(buildAppendix({ edits: { '1.1.3': { code: '1.1.4.' } } }).workbook);
    const ind = rep.indicators.find((i) => i.code === '1.1.4');
    expect(ind?.id).toBe('1.1.3');
  });

  test('a row the catalogue does not know is kept and reported as info', () => {
    const rep = check(
      buildAppendix({ edits: { '1.7': { code: '1.8.', label: 'Số cuộc thi sáng kiến CCHC', unit: 'Cuộc', value: '2' } } }).workbook,
    );
    const ind = rep.indicators.find((i) => i.code === '1.8');
    expect(ind).toMatchObject({ id: null, value: 2 });
    expect(rep.findings.filter((f) => f.rule === 'row.unknown').map((f) => [f.code, f.severity])).toEqual([['1.8', 'info']]);
  });
});

describe('when there is no appendix', () => {
  test('a sheet without any header says which header words are missing', () => {
    const rep = check({
      sheets: [
        {
          name: 'Sheet1',
          origin: { row: 1, col: 1 },
          values: [
            ['a', 'b'],
            [1, 2],
          ],
          merges: [],
        },
      ],
    });
    expect(rep.recognized).toBe(false);
    expect(rep.code).toBe('no-table');
    expect(rep.reasons!.vi).not.toBe(rep.reasons!.en);
  });

  test('a header without a value column names the missing words', () => {
    const rep = check({
      sheets: [
        {
          name: 'Khắc phục',
          origin: { row: 1, col: 1 },
          values: [
            ['STT', 'Nội dung', 'Nguyên nhân'],
            ['1', 'x', 'y'],
          ],
          merges: [],
        },
      ],
    });
    expect(rep.recognized).toBe(false);
    expect(rep.code).toBe('appendix-incomplete');
    expect(rep.missingHeaders).toEqual(['Đơn vị tính', 'Số liệu']);
    expect(rep.reason).toContain('Khắc phục');
  });

  test('property: recognition never throws on random grids', () => {
    const words = fc.constantFrom<CellValue>(
      'STT',
      'TT',
      'Chỉ tiêu thống kê',
      'ĐVT',
      'Số liệu',
      'Ghi chú',
      'Kết quả thống kê',
      '1.1.1.',
      '2.5.3',
      'Trong đó',
      '%',
      'Không = 0 Có = 1',
      '99,10',
      '171.034',
      null,
    );
    const cell = fc.oneof(words, fc.string(), fc.double(), fc.constant(null), fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A') }));
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 });
    fc.assert(
      fc.property(grid, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 10 }), (values, row, col) => {
        const snap = { sheets: [{ name: 'S', origin: { row, col }, values, merges: [] }] };
        recognize(snap);
        check(snap);
      }),
      { numRuns: 500 },
    );
  });
});

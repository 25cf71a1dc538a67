/** Recognizing the seed tables of units and components (seeds 002, 000, 003) in every layout offices use. */
import { TABLE_FINDERS, check, locateTables, probeFromSnapshot } from '../../../src/core';
import { SURVEY_TALLY } from '../../../src/core/kinds/units';
import { recognizeUnits } from '../../../src/core/kinds/units/recognize';
import { buildAppendix } from '../../fixtures/appendix';
import { SeedTable, UnitBuildOptions, buildUnits, seedRows } from '../../fixtures/units';
import { loadUnitKind } from '../../../src/core/data-schemas';

const VARIANTS: [string, UnitBuildOptions][] = [
  ['as printed', {}],
  ['no title block', { title: false }],
  ['the other header (one row ↔ two rows)', { header: 'other' }],
  ['unaccented upper-case headers', { upperHeaders: true }],
  ['a blank column after the name', { blankColumn: true }],
  ['the total row first', { totalFirst: true }],
  ['typed numbers with % formats', { typedNumbers: true }],
  ['starting at C6', { startRow: 6, startCol: 3 }],
];

const KINDS: Record<SeedTable, string> = { tally: 'survey-tally', satisfaction: 'satisfaction-by-unit', sipas: 'sipas-components' };

describe.each(Object.keys(KINDS) as SeedTable[])('%s', (table) => {
  test.each(VARIANTS)('%s: one table of its kind, every seed row read', (_, opts) => {
    const built = buildUnits(table, opts);
    const rep = check(built.workbook);
    expect(rep.recognized).toBe(true);
    expect(rep.tables.map((t) => t.kind)).toEqual([KINDS[table]]);
    const t = rep.tables[0];
    expect(t.headerRow).toBe(built.headerRow);
    expect(t.rows).toHaveLength(seedRows(table).length);
    // Every figure of the seed is read where the builder put it.
    for (const row of seedRows(table)) {
      const out = t.rows!.find((r) => r.row === Number(built.cellOf(row[1] || row[0], 2).replace(/^[A-Z]+/, '')));
      expect(out).toBeDefined();
      expect(Object.values(out!.values).every((v) => v.value !== null)).toBe(true);
    }
  });
});

test('the tally: columns, the total row, year and office from the title block', () => {
  const built = buildUnits('tally');
  const t = check(built.workbook).tables[0];
  expect(t.columns).toEqual({ code: 'A', unit: 'B', issued: 'C', returned: 'D', valid: 'E', invalid: 'F' });
  expect(t.year).toBe(2020);
  expect(t.office).toBe('Bảo hiểm xã hội tỉnh Đắk Nông');
  const total = t.rows!.filter((r) => r.total);
  expect(total).toHaveLength(1);
  expect(total[0].values.issued.value).toBe(1015);
  expect(total[0].values.invalid).toMatchObject({ cell: built.cellOf('Tổng cộng:', 5), value: 3 });
});

test('satisfaction: the later year column is this year, whatever the order', () => {
  const t = check(buildUnits('satisfaction').workbook).tables[0];
  expect(t.year).toBe(2017);
  expect(t.headerRows).toBe(2);
  expect(t.columns).toMatchObject({ unit: 'B', current: 'C', previous: 'D', change: 'E' });
  const swapped = buildUnits('satisfaction');
  for (const row of swapped.sheet.values) [row[2], row[3]] = [row[3], row[2]];
  const s = check(swapped.workbook).tables[0];
  expect(s.columns).toMatchObject({ current: 'D', previous: 'C' });
});

test('SIPAS: the components of seed 003 with the office and the provincial average', () => {
  const rep = check(buildUnits('sipas').workbook);
  expect(rep.sipas?.office).toBe('BHXH tỉnh Thái Nguyên');
  expect(rep.sipas?.year).toBe(2023);
  expect(rep.sipas?.components.map((c) => [c.id, c.value, c.average, c.cell])).toEqual([
    ['sipas.access', 99.3, 97.4, 'C5'],
    ['sipas.procedures', 98.6, 96.6, 'C6'],
    ['sipas.servants', 99.3, 96.1, 'C7'],
    ['sipas.results', 100, 95.7, 'C8'],
    ['sipas.feedback', 98.6, 91.5, 'C9'],
    ['sipas.overall', 93.5, 91.52, 'C10'],
  ]);
});

test('SIPAS without the average column: the office alone', () => {
  const built = buildUnits('sipas');
  for (const row of built.sheet.values) row[3] = null;
  const rep = check(built.workbook);
  expect(rep.sipas?.components.map((c) => [c.value, c.average])).toContainEqual([99.3, null]);
  expect(rep.tables[0].columns.average).toBeUndefined();
});

test('a workbook with the appendix, a tally and a SIPAS table reports three tables', () => {
  const wb = {
    sheets: [buildAppendix().sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet],
  };
  const rep = check(wb);
  expect(rep.tables.map((t) => [t.kind, t.sheet])).toEqual([
    ['statistics-appendix', 'Phụ lục 2'],
    ['survey-tally', 'Phiếu điều tra'],
    ['sipas-components', 'SIPAS'],
  ]);
  expect(rep.tables[0]).toMatchObject({ edition: '2021', year: 2021, office: 'BHXH tỉnh Sóc Trăng' });
  // The appendix's own results are as on a workbook of the appendix alone.
  const alone = check(buildAppendix().workbook);
  expect(rep.indicators).toEqual(alone.indicators);
  expect(rep.derived).toEqual(alone.derived);
  // Section A is the appendix's alone; section B's SIPAS components now carry the SIPAS table's rates.
  expect(rep.criteria.filter((c) => c.section === 'A')).toEqual(alone.criteria.filter((c) => c.section === 'A'));
  expect(alone.criteria.find((c) => c.id === 'III.1.1')).toMatchObject({ value: null });
  expect(rep.criteria.find((c) => c.id === 'III.1.1')).toMatchObject({ value: expect.any(Number), sheet: 'SIPAS' });
  expect(rep.findings.filter((f) => f.kind === 'statistics-appendix').map((f) => [f.rule, f.cell])).toEqual(
    alone.findings.map((f) => [f.rule, f.cell]),
  );
  expect(new Set(rep.findings.map((f) => f.kind))).toEqual(new Set(['statistics-appendix', 'survey-tally']));
});

test('the two-step read locates every table of the three-table workbook', () => {
  const wb = { sheets: [buildAppendix().sheet, buildUnits('tally').sheet, buildUnits('satisfaction').sheet, buildUnits('sipas').sheet] };
  const regions = locateTables(probeFromSnapshot(wb));
  expect(regions.map((r) => r.sheet)).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'Chỉ số hài lòng', 'SIPAS']);
  expect(TABLE_FINDERS.map((f) => f.kind)).toEqual(
    expect.arrayContaining(['statistics-appendix', 'survey-tally', 'satisfaction-by-unit', 'sipas-components']),
  );
});

test('a table of units is not taken for another kind, nor the appendix for a table of units', () => {
  expect(recognizeUnits(buildAppendix().workbook, SURVEY_TALLY)).toEqual([]);
  expect(check(buildUnits('tally').workbook).indicators).toEqual([]);
});

test('a kind as data is checked when loaded', () => {
  expect(() => loadUnitKind({ ...SURVEY_TALLY, columns: [] })).toThrow();
  expect(() => loadUnitKind({ ...SURVEY_TALLY, total: ['(unclosed'] })).toThrow();
  expect(loadUnitKind(JSON.parse(JSON.stringify(SURVEY_TALLY)))).toEqual(SURVEY_TALLY);
});

test.each([
  ['BHXH tỉnh Sóc Trăng', 'BHXH tỉnh Sóc Trăng'],
  ['BẢO HIỂM XÃ HỘI THÀNH PHỐ HÀ NỘI', 'BẢO HIỂM XÃ HỘI THÀNH PHỐ HÀ NỘI'],
  ['BHXH huyện Krông Nô', 'BHXH huyện Krông Nô'],
  ['BHXH thị xã Ninh Hòa', 'BHXH thị xã Ninh Hòa'],
  ['BHXH quận Hoàn Kiếm', 'BHXH quận Hoàn Kiếm'],
  ['BHXH liên huyện Krông Búk - Krông Năng', 'BHXH liên huyện Krông Búk - Krông Năng'],
  ['BHXH khu vực XII', 'BHXH khu vực XII'],
  ['BHXH cơ sở Gia Nghĩa năm 2025', 'BHXH cơ sở Gia Nghĩa'],
])('the office in the title block: %s', (line, office) => {
  const built = buildUnits('tally');
  built.sheet.values[0][0] = line;
  expect(check(built.workbook).tables[0].office).toBe(office);
});

import { check } from '../../../src/core';
import { KindBuildOptions, buildKind, kindWorkbook } from '../../fixtures/kinds';

const VARIANTS: [string, KindBuildOptions][] = [
  ['as the seed prints it', {}],
  ['without the title block', { title: false }],
  ['with two header rows under a merged "Số phiếu"', { otherHeader: true }],
  ['with unaccented upper-case headers', { upperHeader: true }],
  ['with a blank column after the unit', { blankColumn: true }],
  ['with the total row first', { totalFirst: true }],
  ['with typed numbers, starting at C5', { typed: true, startRow: 5, startCol: 3 }],
  ['with everything at once', { title: false, otherHeader: true, upperHeader: true, blankColumn: true, totalFirst: true, typed: true }],
];

describe('survey-form tally (seed 002, Đắk Nông 2020)', () => {
  test.each(VARIANTS)('%s: exactly one error at the total of invalid forms and the two BHXX notices', (_name, opts) => {
    const built = buildKind('tally', opts);
    const rep = check({ sheets: [built.sheet] });
    expect(rep.recognized).toBe(true);
    expect(rep.tables.map((t) => [t.kind, t.sheet, t.headerRow])).toEqual([['survey-tally', built.sheet.name, built.headerRow]]);
    const total = built.rowOf.get('total');
    expect(rep.findings.map((f) => [f.rule, f.severity, f.kind, f.cell])).toEqual([
      ['tally.total', 'error', 'survey-tally', `${built.col(5)}${total}`],
      ['unit.typo', 'info', 'survey-tally', `${built.col(1)}${built.rowOf.get('BHXX huyện Tuy Đức')}`],
      ['unit.typo', 'info', 'survey-tally', `${built.col(1)}${built.rowOf.get("BHXX huyện Đắk R'lấp")}`],
    ]);
    const err = rep.findings[0];
    expect(err).toMatchObject({ column: 'invalid', actual: 3, expected: 0 });
    expect(rep.findings[1]).toMatchObject({ actual: 'BHXX', expected: 'BHXH' });
    expect(rep.summary).toEqual({ error: 1, warning: 0, info: 2 });
  });

  test('reads the title block: year and office', () => {
    const t = check(kindWorkbook('tally')).tables[0];
    expect([t.year, t.office]).toEqual([2020, 'Bảo hiểm xã hội tỉnh Đắk Nông']);
  });

  test('a unit returning more than it issued, more valid than returned, and issued − returned printed as invalid', () => {
    const rep = check(
      kindWorkbook('tally', {
        edits: [
          { row: 'BHXH huyện Cư Jút', col: 3, value: '81' },
          { row: 'BHXH huyện Đắk Mil', col: 4, value: '84' },
          { row: 'BHXX huyện Tuy Đức', col: 5, value: '3' },
        ],
      }),
    );
    const rules = rep.findings
      .filter((f) => f.severity === 'error')
      .map((f) => [f.rule, f.label, (f as { actual?: number }).actual, (f as { expected?: number }).expected]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['tally.returned', 'BHXH huyện Cư Jút', 81, 80],
        ['tally.balance', 'BHXH huyện Cư Jút', 80, 81],
        ['tally.valid', 'BHXH huyện Đắk Mil', 84, 83],
        ['tally.balance', 'BHXH huyện Đắk Mil', 84, 83],
        ['tally.balance', 'BHXX huyện Tuy Đức', 174, 171],
      ]),
    );
    // Tuy Đức now prints its 3 unreturned forms as invalid: the total of invalid forms adds up.
    expect(rep.findings.some((f) => f.rule === 'tally.total' && (f as { column?: string }).column === 'invalid')).toBe(false);
    expect(rep.findings.filter((f) => f.rule === 'tally.total').map((f) => (f as { column?: string }).column)).toEqual([
      'returned',
      'valid',
    ]);
  });

  test('text in a count cell is a coded finding at that cell, and the total of that column is not guessed', () => {
    const built = buildKind('tally', { edits: [{ row: 'Văn phòng', col: 2, value: 'một trăm' }] });
    const rep = check({ sheets: [built.sheet] });
    expect(rep.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([
      ['cell.number', `C${built.rowOf.get('Văn phòng')}`],
      ['tally.total', `F${built.rowOf.get('total')}`],
    ]);
  });
});

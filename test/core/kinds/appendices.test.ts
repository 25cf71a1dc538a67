/** Every table found is checked (issue 18): a second appendix in the workbook is read and its mistakes found on its sheet. */
import { check } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';

const first = buildAppendix();
const second = buildAppendix({ sheetName: 'Phụ lục 2 (2)', edits: { '3.2.3': { value: '-5' }, '2.4.4': { value: '250' } } });
const rep = check({ sheets: [first.sheet, second.sheet] });
const alone = check(first.workbook);

test('both appendices are listed in tables, each with its sheet and edition', () => {
  expect(rep.tables.map((t) => [t.kind, t.sheet, t.headerRow, t.edition])).toEqual([
    ['statistics-appendix', 'Phụ lục 2', first.headerRow, '2021'],
    ['statistics-appendix', 'Phụ lục 2 (2)', second.headerRow, '2021'],
  ]);
});

test('layout, indicators, derived ratios and criteria stay the first appendix’s', () => {
  for (const k of ['layout', 'indicators', 'derived', 'measures', 'criteria', 'score'] as const) expect(rep[k]).toEqual(alone[k]);
});

test('the second appendix’s −5 count and 250% rate are errors at their cells on its sheet', () => {
  const mine = rep.findings.filter((f) => f.sheet === 'Phụ lục 2 (2)');
  expect(mine.map((f) => [f.rule, f.severity, f.kind, f.cell])).toEqual(
    expect.arrayContaining([
      ['range.count', 'error', 'statistics-appendix', `D${second.rowOf.get('3.2.3')}`],
      ['range.percent', 'error', 'statistics-appendix', `D${second.rowOf.get('2.4.4')}`],
    ]),
  );
  // The first appendix's findings are unchanged, and come first.
  const firstOnes = rep.findings.filter((f) => f.sheet !== 'Phụ lục 2 (2)');
  expect(firstOnes).toEqual(alone.findings);
  expect(rep.findings.slice(0, firstOnes.length)).toEqual(alone.findings);
  expect(rep.summary.error).toBeGreaterThanOrEqual(alone.summary.error + 2);
});

/** The appendix kind's editions: the one that knows most rows, on a tie the one of the title block's year. */
import { APPENDIX_2021, check } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { loadCatalogue } from '../../../src/core/data-schemas';

const edition2025 = loadCatalogue({ ...APPENDIX_2021, edition: '2025' });

function appendixOfYear(year: number) {
  const built = buildAppendix();
  built.sheet.values = built.sheet.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/NĂM 2021/i, `NĂM ${year}`) : v)));
  return built.workbook;
}

test.each([
  [2021, '2021'],
  [2024, '2021'],
  [2025, '2025'],
  [2026, '2025'],
])('a %i table is read with the %s edition', (year, edition) => {
  const rep = check(appendixOfYear(year), { catalogues: [APPENDIX_2021, edition2025] });
  expect(rep.tables[0]).toMatchObject({ kind: 'statistics-appendix', year, edition });
});

test('the edition that knows more rows wins whatever the year', () => {
  const fewer = loadCatalogue({ ...APPENDIX_2021, edition: '2025', rows: APPENDIX_2021.rows.slice(0, 40), relations: [], ratios: [] });
  expect(check(appendixOfYear(2025), { catalogues: [APPENDIX_2021, fewer] }).tables[0].edition).toBe('2021');
});

test('the appendix results are the same with one edition or two', () => {
  const one = check(appendixOfYear(2021));
  const two = check(appendixOfYear(2021), { catalogues: [edition2025, APPENDIX_2021] });
  expect(two.findings.map((f) => [f.rule, f.cell])).toEqual(one.findings.map((f) => [f.rule, f.cell]));
  expect(two.indicators).toEqual(one.indicators);
});

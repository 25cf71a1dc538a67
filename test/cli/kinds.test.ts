/** `cchc check` on workbooks built from the seed tables of every kind, and `--catalogue`. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { Report } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { buildUnits } from '../fixtures/units';
import { snapshotToXlsx } from '../helpers/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'cchc-kinds-'));
const files = {
  tally: join(dir, 'seed-002-tally.xlsx'),
  satisfaction: join(dir, 'seed-000-satisfaction.xlsx'),
  sipas: join(dir, 'seed-003-sipas.xlsx'),
  three: join(dir, 'three-tables.xlsx'),
  catalogue: join(dir, 'danh-muc.json'),
  badCatalogue: join(dir, 'danh-muc-hong.json'),
  twoAppendices: join(dir, 'two-appendices.xlsx'),
};

beforeAll(async () => {
  writeFileSync(files.tally, await snapshotToXlsx(buildUnits('tally').workbook));
  writeFileSync(files.satisfaction, await snapshotToXlsx(buildUnits('satisfaction', { typedNumbers: true }).workbook));
  writeFileSync(files.sipas, await snapshotToXlsx(buildUnits('sipas').workbook));
  writeFileSync(
    files.three,
    await snapshotToXlsx({ sheets: [buildAppendix().sheet, buildUnits('tally', { header: 'other' }).sheet, buildUnits('sipas').sheet] }),
  );
  const cat = JSON.parse(readFileSync(join(__dirname, '../../src/core/kinds/appendix/catalogue/appendix-2021.json'), 'utf8'));
  writeFileSync(files.catalogue, JSON.stringify({ ...cat, edition: '2021-Sóc Trăng' }));
  writeFileSync(files.badCatalogue, JSON.stringify({ ...cat, rows: [] }));
  const second = buildAppendix({ sheetName: 'Phụ lục 2 (2)', edits: { '3.2.3': { value: '-5' }, '2.4.4': { value: '250' } } });
  writeFileSync(files.twoAppendices, await snapshotToXlsx({ sheets: [buildAppendix().sheet, second.sheet] }));
});

const json = async (...argv: string[]) => {
  const r = await cli('check', ...argv, '--json');
  return { ...r, reports: JSON.parse(r.out) as Report[] };
};

test('seed 002 tally: exit 1, one error at the total of invalid forms, two typo notices', async () => {
  const r = await json(files.tally);
  expect(r.status).toBe(1);
  const [rep] = r.reports;
  expect(rep.tables.map((t) => t.kind)).toEqual(['survey-tally']);
  expect(rep.findings.map((f) => [f.rule, f.severity, f.kind, f.sheet, f.cell])).toEqual([
    ['total.sum', 'error', 'survey-tally', 'Phiếu điều tra', 'F15'],
    ['unit.typo', 'info', 'survey-tally', 'Phiếu điều tra', 'B13'],
    ['unit.typo', 'info', 'survey-tally', 'Phiếu điều tra', 'B14'],
  ]);
});

test('seed 000 satisfaction (typed percentages): exit 0, one rounding notice', async () => {
  const r = await json(files.satisfaction);
  expect(r.status).toBe(0);
  expect(r.reports[0].findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['change.rounding', 'info', 'E9']]);
});

test('seed 003 SIPAS: the components with their values', async () => {
  const r = await json(files.sipas);
  expect(r.status).toBe(0);
  expect(r.reports[0].sipas?.components.map((c) => [c.id, c.value])).toEqual([
    ['sipas.access', 99.3],
    ['sipas.procedures', 98.6],
    ['sipas.servants', 99.3],
    ['sipas.results', 100],
    ['sipas.feedback', 98.6],
    ['sipas.overall', 93.5],
  ]);
});

test('appendix + tally + SIPAS in one workbook: three tables, readable text for each', async () => {
  const r = await json(files.three);
  expect(r.reports[0].tables.map((t) => t.kind)).toEqual(['statistics-appendix', 'survey-tally', 'sipas-components']);
  const text = await cli('check', files.three, '--lang', 'en');
  expect(text.out).toMatch(/Survey-form tally — sheet “Phiếu điều tra”/);
  expect(text.out).toMatch(/Phiếu điều tra!F\d+/);
});

test('--catalogue: another catalogue file is used and named as the edition; a bad one is a usage line, exit 2', async () => {
  const r = await json(files.three, '--catalogue', files.catalogue);
  expect(r.reports[0].tables[0].edition).toBe('2021-Sóc Trăng');
  const bad = await cli('check', files.three, '--catalogue', files.badCatalogue);
  expect(bad.status).toBe(2);
  expect(bad.err.split('\n')).toHaveLength(1);
  const missing = await cli('check', files.three, '--catalogue', join(dir, 'khong-co.json'));
  expect(missing.status).toBe(2);
  expect(missing.err).toContain('khong-co.json');
});

test('--target N: the satisfaction units below N are listed as benchmark.below (four of seed 000 below 77%); a bad target is a usage mistake', async () => {
  const r = await json(files.satisfaction, '--target', '77');
  expect(r.status).toBe(0);
  const below = r.reports[0].findings.filter((f) => f.rule === 'benchmark.below');
  expect(below.map((f) => f.label)).toEqual(['BHXH Cam Lâm', 'BHXH Cam Ranh', 'BHXH Diên Khánh', 'BHXH Khánh Sơn']);
  expect((await json(files.satisfaction)).reports[0].findings.filter((f) => f.rule === 'benchmark.below')).toEqual([]);
  for (const bad of ['abc', '120', '-5']) {
    const u = await cli('check', files.satisfaction, '--target', bad);
    expect([bad, u.status]).toEqual([bad, 2]);
  }
});

test('a second appendix is checked: both in tables, its −5 count and 250% rate are errors on its sheet (exit 1)', async () => {
  const r = await json(files.twoAppendices);
  expect(r.status).toBe(1);
  const [rep] = r.reports;
  expect(rep.tables.map((t) => [t.kind, t.sheet])).toEqual([
    ['statistics-appendix', 'Phụ lục 2'],
    ['statistics-appendix', 'Phụ lục 2 (2)'],
  ]);
  expect(rep.layout?.sheet).toBe('Phụ lục 2');
  const second = buildAppendix({ sheetName: 'Phụ lục 2 (2)' });
  expect(rep.findings.filter((f) => f.sheet === 'Phụ lục 2 (2)').map((f) => [f.rule, f.cell])).toEqual(
    expect.arrayContaining([
      ['range.count', `D${second.rowOf.get('3.2.3')}`],
      ['range.percent', `D${second.rowOf.get('2.4.4')}`],
    ]),
  );
});

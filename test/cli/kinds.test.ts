import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { APPENDIX_2021, Report } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { buildKind } from '../fixtures/kinds';
import { snapshotToXlsx } from '../helpers/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'cchc-kinds-'));
const files = {
  tally: join(dir, 'seed-002-tally.xlsx'),
  satisfaction: join(dir, 'seed-000-satisfaction.xlsx'),
  sipas: join(dir, 'seed-003-sipas.xlsx'),
  three: join(dir, 'appendix-tally-sipas.xlsx'),
};

beforeAll(async () => {
  writeFileSync(files.tally, await snapshotToXlsx({ sheets: [buildKind('tally').sheet] }));
  writeFileSync(files.satisfaction, await snapshotToXlsx({ sheets: [buildKind('satisfaction', { typed: true }).sheet] }));
  writeFileSync(files.sipas, await snapshotToXlsx({ sheets: [buildKind('sipas').sheet] }));
  writeFileSync(
    files.three,
    await snapshotToXlsx({ sheets: [buildAppendix().sheet, buildKind('tally', { otherHeader: true }).sheet, buildKind('sipas').sheet] }),
  );
});

const json = async (...args: string[]) => {
  const r = await cli('check', ...args, '--json');
  return { ...r, reports: JSON.parse(r.out) as Report[] };
};

describe('cchc check --json on the seed-built workbooks', () => {
  test('seed 002 tally: exit 1, exactly one error at the total of invalid forms and the two typo notices', async () => {
    const r = await json(files.tally);
    expect(r.status).toBe(1);
    expect(r.reports[0].findings.map((f) => [f.rule, f.severity, f.kind, f.sheet, f.cell])).toEqual([
      ['tally.total', 'error', 'survey-tally', 'Phiếu khảo sát', 'F14'],
      ['unit.typo', 'info', 'survey-tally', 'Phiếu khảo sát', 'B12'],
      ['unit.typo', 'info', 'survey-tally', 'Phiếu khảo sát', 'B13'],
    ]);
  });

  test('seed 000 satisfaction: exit 0, one rounding notice; with --target 77 its four units below it', async () => {
    const plain = await json(files.satisfaction);
    expect(plain.status).toBe(0);
    expect(plain.reports[0].findings.map((f) => [f.rule, f.cell])).toEqual([['satisfaction.rounding', 'E8']]);
    const target = await json(files.satisfaction, '--target', '77');
    expect(target.status).toBe(0);
    expect(target.reports[0].findings.filter((f) => f.rule === 'benchmark.below').map((f) => f.cell)).toEqual(['C4', 'C5', 'C6', 'C7']);
  });

  test('seed 003 SIPAS: the components with their values', async () => {
    const r = await json(files.sipas);
    expect(r.status).toBe(0);
    expect(r.reports[0].sipas?.components.map((c) => [c.id, c.value, c.average])).toEqual([
      ['access', 99.3, 97.4],
      ['procedures', 98.6, 96.6],
      ['servants', 99.3, 96.1],
      ['results', 100, 95.7],
      ['feedback', 98.6, 91.5],
      ['overall', 93.5, 91.52],
    ]);
  });

  test('a workbook holding the appendix, a tally and a SIPAS table: three tables', async () => {
    const r = await json(files.three);
    expect(r.reports[0].tables.map((t) => t.kind)).toEqual(['statistics-appendix', 'survey-tally', 'sipas-components']);
    const text = await cli('check', files.three, '--lang', 'en');
    expect(text.out.split('\n').filter((l) => /header at row/.test(l))).toHaveLength(3);
  });

  test('--catalogue F.json: another edition of the catalogue; a bad one is one line and exit 2', async () => {
    const edition = join(dir, 'appendix-2022.json');
    writeFileSync(edition, JSON.stringify({ ...APPENDIX_2021, edition: '2022' }));
    const r = await json(files.three, '--catalogue', edition);
    expect(r.reports[0].tables[0]).toMatchObject({ kind: 'statistics-appendix', edition: '2022' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', edition: '2022', rows: [] }));
    const refused = await cli('check', files.three, '--catalogue', bad);
    expect(refused.status).toBe(2);
    expect(refused.err.split('\n')).toHaveLength(1);
    expect((await cli('check', files.three, '--target', 'abc')).status).toBe(2);
  });
});

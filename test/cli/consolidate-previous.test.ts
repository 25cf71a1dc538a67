/** `cchc consolidate FILE… -o OUT.xlsx --previous LAST…` (issue 22, item 4): a change column per office and for the province, in the workbook and in --json. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { execFileSync } from 'child_process';
import { cli } from '../helpers/cli';
import { recalculate } from '../helpers/libreoffice';
import { testWithPdf, workbookToPdf } from '../helpers/pdf';
import { snapshotToXlsx } from '../helpers/xlsx';
import { District, district, districtWorkbook } from '../fixtures/districts';

interface Json {
  year: number | null;
  previous?: { year: number | null; files: number; matched: number };
  units: { office: string | null; status: string }[];
  indicators: {
    id: string;
    kind: string;
    values: (number | null)[];
    total: number | null;
    previous?: (number | null)[];
    change?: (number | null)[];
    previousTotal?: number | null;
    totalChange?: number | null;
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-consolidate-previous-'));
const NAMES = ['Châu Thành', 'Kế Sách', 'Long Phú'];
const now: District[] = NAMES.map((n, k) => district(k + 1, `huyện ${n}`));
// Last year's: the same offices in another order, one written another way, with other figures.
const then: District[] = [
  { ...district(8, 'huyện Long Phú'), year: 2020 },
  { ...district(6, 'huyện Châu Thành'), year: 2020 },
  { ...district(7), office: 'Bảo hiểm xã hội HUYỆN KẾ SÁCH', year: 2020 },
];
const files: string[] = [];
const lastFiles: string[] = [];

beforeAll(async () => {
  for (const [k, d] of now.entries()) {
    const p = join(dir, `2021-${k + 1}.xlsx`);
    writeFileSync(p, await snapshotToXlsx(districtWorkbook(d)));
    files.push(p);
  }
  for (const [k, d] of then.entries()) {
    const p = join(dir, `2020-${k + 1}.xlsx`);
    writeFileSync(p, await snapshotToXlsx(districtWorkbook(d)));
    lastFiles.push(p);
  }
}, 60000);

test('--json: each indicator gains last year’s values by office and the change; the province’s too', async () => {
  const r = await cli('consolidate', ...files, '-o', join(dir, 'tinh.xlsx'), '--json', '--previous', ...lastFiles);
  expect(r.status).toBe(0);
  const json = JSON.parse(r.out) as Json;
  expect(json.previous).toEqual({ year: 2020, files: 3, matched: 3 });
  const resolved = json.indicators.find((i) => i.id === '2.5.2')!;
  expect(resolved.previous).toEqual([then[1].resolved, then[2].resolved, then[0].resolved]);
  expect(resolved.change).toEqual([
    now[0].resolved - then[1].resolved,
    now[1].resolved - then[2].resolved,
    now[2].resolved - then[0].resolved,
  ]);
  const sum = (ds: District[]) => ds.reduce((a, d) => a + d.resolved, 0);
  expect(resolved.previousTotal).toBe(sum(then));
  expect(resolved.totalChange).toBe(sum(now) - sum(then));
  const plain = JSON.parse((await cli('consolidate', ...files, '-o', join(dir, 'tinh-2.xlsx'), '--json')).out) as Json;
  expect('previous' in plain).toBe(false);
  expect(plain.indicators.some((i) => 'change' in i)).toBe(false);
});

test('the written “Tổng hợp Phụ lục 2” has a change column after each office and after the province', async () => {
  const out = join(dir, 'tinh-xu-huong.xlsx');
  const r = await cli('consolidate', ...files, '--previous', ...lastFiles, '-o', out);
  expect(r.status).toBe(0);
  // The text report says last year was read, and how many offices it found there.
  expect(r.out).toContain('So với năm 2020 (3 tệp): 3/3 đơn vị có số liệu năm trước');
  const pkg = openPackage(readFileSync(out));
  const sheet = pkg.sheets.find((s) => s.name === 'Tổng hợp Phụ lục 2')!;
  const rows = parseSheet(pkg, sheet.path, { cells: 1e6 }).rows;
  const cell = (r: number, c: number) => rows.find((x) => x.row === r)?.cells.find((x) => x.col === c)?.value ?? null;
  const change = 'Tăng/giảm so với năm 2020';
  expect([4, 5, 6, 7, 8, 9, 10, 11].map((c) => cell(2, c))).toEqual([...now.flatMap((d) => [d.office, change]), 'Toàn tỉnh', change]);
  const resolvedRow = rows.find((x) => x.cells.some((c) => c.col === 1 && c.value === '2.5.2'))!.row;
  expect(cell(resolvedRow, 5)).toBe(now[0].resolved - then[1].resolved);
  expect(cell(resolvedRow, 10)).toBe(now.reduce((a, d) => a + d.resolved, 0));
  expect(cell(resolvedRow, 11)).toBe(now.reduce((a, d) => a + d.resolved, 0) - then.reduce((a, d) => a + d.resolved, 0));
});

test('last year’s files of this very year: one line, exit 2, nothing written', async () => {
  const out = join(dir, 'cung-nam.xlsx');
  const r = await cli('consolidate', ...files, '-o', out, '--previous', ...files);
  expect(r.status).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain('(previous.same-year)');
  expect(existsSync(out)).toBe(false);
});

test('--previous with no file after it is a usage mistake', async () => {
  const r = await cli('consolidate', ...files, '-o', join(dir, 'x.xlsx'), '--previous', '--json');
  expect(r.status).toBe(2);
  expect(r.err).toContain('--previous');
});

testWithPdf(
  'LibreOffice recalculates the province’s total over the offices’ columns only, and prints the change columns',
  async () => {
    const out = join(dir, 'tinh-in.xlsx');
    expect((await cli('consolidate', ...files, '-o', out, '--previous', ...lastFiles)).status).toBe(0);
    const grid = [...recalculate(out).entries()].find(([name]) => name === 'Tổng hợp Phụ lục 2')![1];
    const resolved = grid.find((cells) => cells[0] === '2.5.2')!;
    expect(Number(resolved[9])).toBe(now.reduce((a, d) => a + d.resolved, 0));
    const text = execFileSync('pdftotext', ['-layout', workbookToPdf(out, dir, 'profile-previous'), '-'], { encoding: 'utf8' }).normalize(
      'NFC',
    );
    const flat = text.replace(/\s+/g, ' ');
    // The change columns' header wraps in its narrow column: its words, and the province's change of dossiers resolved.
    for (const words of ['Tăng/giảm', 'so với năm', '2020', now[0].office]) expect(flat).toContain(words);
    const change = now.reduce((a, d) => a + d.resolved, 0) - then.reduce((a, d) => a + d.resolved, 0);
    expect(flat).toContain(change.toLocaleString('en-US'));
  },
  240000,
);

/**
 * Hostile input (issue 18): an appendix header row repeated 20,000 times is read in one pass per
 * sheet, not once per header (each header's rows ran to the sheet's end: headers × rows). The
 * timeouts only guard against a hang; the outcome is what is asserted.
 */
import { CellValue, SheetSnapshot, check } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { cli } from '../../helpers/cli';
import { snapshotToXlsx } from '../../helpers/xlsx';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'];
const repeated = (n: number): CellValue[][] => Array.from({ length: n }, () => [...HEADER]);

test('20,000 repeated header rows alone: not recognized (the headers are there, no row of the catalogue)', () => {
  const sheet: SheetSnapshot = { name: 'Phụ lục 2', origin: { row: 1, col: 1 }, values: repeated(20000), merges: [] };
  const rep = check({ sheets: [sheet] });
  expect(rep).toMatchObject({ recognized: false, code: 'appendix-incomplete' });
}, 10000);

test('the seed appendix followed by 20,000 repeated header rows: the appendix is checked as without them', () => {
  const built = buildAppendix();
  const plain = check(built.workbook);
  const sheet: SheetSnapshot = { ...built.sheet, values: [...built.sheet.values, ...repeated(20000)], formats: undefined };
  const rep = check({ sheets: [sheet] });
  expect(rep.recognized).toBe(true);
  expect(rep.layout).toEqual(plain.layout);
  expect(rep.indicators.filter((i) => i.id !== null)).toEqual(plain.indicators.filter((i) => i.id !== null));
}, 10000);

test('cchc check on the 20,000-header workbook: exit 2 with one line saying why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
  const file = join(dir, 'headers-20000.xlsx');
  const sheet: SheetSnapshot = { name: 'Phụ lục 2', origin: { row: 1, col: 1 }, values: repeated(20000), merges: [] };
  writeFileSync(file, await snapshotToXlsx({ sheets: [sheet] }));
  const r = await cli('check', file, '--json');
  expect(r.status).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
}, 30000);

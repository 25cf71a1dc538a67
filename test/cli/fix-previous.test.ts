/** `cchc fix IN.xlsx -o OUT.xlsx --previous LAST.xlsx` (issue 22, item 3): the written remediation sheet cites last year's figures; refusals as check --previous. */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { writeYearPair, yearPairFiles } from '../fixtures/year-pair';

const files = yearPairFiles('cchc-fix-previous-');
const { dir } = files;

/** Every cell of the remediation sheet of a written workbook, by address. */
async function remediationCells(path: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const cells = new Map<string, string>();
  wb.getWorksheet('Khắc phục 2021')!.eachRow((row) => row.eachCell((c) => cells.set(c.address, String(c.value))));
  return cells;
}

beforeAll(() => writeYearPair(files, { last: { '2.5.3': { value: '99,53' } } }));

test('the written sheet cites last year’s on-time rate; every other cell is as without --previous', async () => {
  const withTrend = join(dir, 'co-xu-huong.xlsx');
  const plain = join(dir, 'khong-xu-huong.xlsx');
  const r = await cli('fix', files.now, '-o', withTrend, '--previous', files.last);
  expect(r.err).toBe('');
  expect(r.out).toContain('Đã tạo trang “Khắc phục 2021”');
  expect((await cli('fix', files.now, '-o', plain)).err).toBe('');
  const a = await remediationCells(withTrend);
  const b = await remediationCells(plain);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differ = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
  const onTime = differ.find((k) => a.get(k)!.includes('đúng hạn'))!;
  expect(a.get(onTime)).toBe('Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,10% (năm 2020: 99,53%), thấp hơn mức chuẩn 100%');
  expect(b.get(onTime)).toBe('Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, thấp hơn mức chuẩn 100%');
  // Only causes (column D) gained last year's figure; the other two computed criteria kept theirs equal.
  for (const k of differ) {
    expect(k.startsWith('D')).toBe(true);
    expect(a.get(k)).toMatch(/\(năm 2020: [\d,]+%\)/);
  }
  expect(differ).toHaveLength(3);
});

test.each([
  ['previous.same-year', files.sameYear],
  ['previous.other-office', files.otherOffice],
  ['previous.no-match', files.tally],
])('%s: one line naming both files, exit 2, nothing written', async (code, previous) => {
  const out = join(dir, `tu-choi-${code}.xlsx`);
  const r = await cli('fix', files.now, '-o', out, '--previous', previous);
  expect(r.status).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain(`(${code})`);
  expect(r.err).toContain('phu-luc-2021.xlsx');
  expect(existsSync(out)).toBe(false);
});

test('last year’s file missing: one line, exit 2, nothing written', async () => {
  const out = join(dir, 'thieu.xlsx');
  const r = await cli('fix', files.now, '-o', out, '--previous', files.missing);
  expect(r.status).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain('khong-co.xlsx');
  expect(existsSync(out)).toBe(false);
});

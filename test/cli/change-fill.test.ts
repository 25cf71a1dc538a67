/** `cchc fix` on seed 000 with empty change cells (issue 22): each written as a live formula, the saved file verified, its check clean. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Report } from '../../src/core';
import { cli } from '../helpers/cli';
import { snapshotToXlsx } from '../helpers/xlsx';
import { buildUnits } from '../fixtures/units';

test('the change column filled through the package engine: exact differences, no rounding notice left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-change-'));
  const empty = Object.fromEntries(['BHXH Cam Lâm', 'BHXH Khánh Vĩnh'].map((n) => [n, { 4: '' }]));
  writeFileSync(join(dir, 'in.xlsx'), await snapshotToXlsx(buildUnits('satisfaction', { typedNumbers: true, edits: empty }).workbook));
  const fixed = await cli('fix', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx'));
  expect(fixed.status).toBe(0);
  // Said as change cells, not as ratios.
  expect(fixed.out.split('\n')[0]).toBe('Đã điền 2 ô tăng/giảm (tô nền xanh).');
  const [rep] = JSON.parse((await cli('check', join(dir, 'out.xlsx'), '--json')).out) as Report[];
  const change = rep.tables[0].rows?.map((r) => [r.values.change.cell, r.values.change.value]);
  expect(change).toEqual([
    ['E5', -3.03],
    ['E6', -0.23],
    ['E7', 6.21],
    ['E8', 1.57],
    ['E9', 11.95],
  ]);
  expect(rep.findings).toEqual([]);
});

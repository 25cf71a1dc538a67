/**
 * `cchc fix` on a valid 1,048,000-row workbook (the sample beside a sheet of 1,048,000 rows): written,
 * through the CLI's own run(), with the big sheet copied as it was stored. Its time and memory are
 * measured outside the tests (`/usr/bin/time -v node dist/src/cli/main.js fix …`); the timeout here
 * only guards against a hang.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readZip } from '../../src/xlsx';
import { sampleWithBigSheet } from '../helpers/big-workbook';
import { cli } from '../helpers/cli';

test('fix on a 1,048,000-row workbook writes the file; the big sheet is copied byte for byte', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-big-'));
  const input = join(dir, 'big.xlsx');
  const output = join(dir, 'big-fixed.xlsx');
  const data = sampleWithBigSheet(1_048_000, 2);
  writeFileSync(input, data);
  const r = await cli('fix', input, '-o', output);
  // The sample's four errors remain (fix fills ratios; it does not invent figures).
  expect([r.status, r.err]).toEqual([1, '']);
  const before = readZip(data).get('xl/worksheets/data.xml')!;
  const after = readZip(readFileSync(output)).get('xl/worksheets/data.xml')!;
  expect(after.crc).toBe(before.crc);
  expect(Buffer.from(after.raw).equals(Buffer.from(before.raw))).toBe(true);
}, 180_000);

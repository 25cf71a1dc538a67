import { copyFileSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { makePackage, sheetXml } from '../xlsx/package';

const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');

describe('cchc check on many files: each file isolated, reports written as made', () => {
  test('a zip bomb, a truncated file and a plain text among good files: one line each, the JSON array still valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-many-'));
    const good = [1, 2, 3].map((i) => {
      const p = join(dir, `huyen-${i}.xlsx`);
      copyFileSync(sample, p);
      return p;
    });
    const bomb = join(dir, 'bom.xlsx');
    writeFileSync(bomb, makePackage([{ name: 'S', xml: sheetXml('') }], { extra: { 'xl/bomb.bin': new Uint8Array(20 * 1024 * 1024) } }));
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, makePackage([{ name: 'S', xml: sheetXml('') }]).subarray(0, 200));
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'STT,Chỉ tiêu\n');
    const r = await cli('check', '--json', good[0], bomb, good[1], cut, text, good[2]);
    expect(r.status).toBe(2);
    expect(r.err.split('\n')).toHaveLength(3);
    const reports = JSON.parse(r.out) as { file: string; recognized: boolean }[];
    expect(reports.map((x) => [x.file, x.recognized])).toEqual([
      [good[0], true],
      [bomb, false],
      [good[1], true],
      [cut, false],
      [text, false],
      [good[2], true],
    ]);
  });
});

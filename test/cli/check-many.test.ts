import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { YOUNG_GENERATION_CAP } from '../../src/cli/native';
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

describe('memory flat with the number of files: the young generation stops growing at its cap', () => {
  test('below the cap nothing is set; at the cap the growth flag is set once', () => {
    let native!: typeof import('../../src/cli/native');
    jest.isolateModules(() => (native = jest.requireActual('../../src/cli/native')));
    const { capYoungGeneration } = native;
    const set: string[] = [];
    const stats = (size: number) => () => [
      { space_name: 'old_space', space_size: 10 * YOUNG_GENERATION_CAP },
      { space_name: 'new_space', space_size: size },
    ];
    expect(capYoungGeneration(stats(YOUNG_GENERATION_CAP / 2), (f) => set.push(f))).toBe(false);
    expect(set).toEqual([]);
    expect(capYoungGeneration(stats(YOUNG_GENERATION_CAP), (f) => set.push(f))).toBe(true);
    expect(capYoungGeneration(stats(2 * YOUNG_GENERATION_CAP), (f) => set.push(f))).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });

  test("in this Node: a workload that doubles V8's young generation past the cap stays at the cap once capped", () => {
    // Objects that live across collections make V8 grow the young generation (as a long batch does).
    const script = (cap: boolean) => `
      const v8 = require('v8');
      const { capYoungGeneration } = require(${JSON.stringify(join(__dirname, '..', '..', 'dist', 'src', 'cli', 'native.js'))});
      const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const ring = new Array(20000);
      let max = 0;
      for (let i = 0; i < 400000; i++) {
        ring[i % 20000] = new Array(64).fill(i);
        if (i % 1000 === 0) { if (${cap}) capYoungGeneration(); max = Math.max(max, young()); }
      }
      process.stdout.write(String(max));`;
    const largest = (cap: boolean) => Number(execFileSync(process.execPath, ['-e', script(cap)], { encoding: 'utf8' }));
    expect(largest(false)).toBeGreaterThan(YOUNG_GENERATION_CAP);
    expect(largest(true)).toBe(YOUNG_GENERATION_CAP);
  });
});

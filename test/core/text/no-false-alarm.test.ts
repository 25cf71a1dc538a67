/**
 * No false alarm: every string of every workbook of the corpus (files from XlsxWriter, calamine and
 * ExcelJS, many languages and writers), of the shipped sample and of the seed tables is Unicode, and
 * none is taken for legacy text.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { guessEncoding, legacyCells } from '../../../src/core';
import { readSnapshot } from '../../../src/xlsx';

const root = join(__dirname, '..', '..', '..');
const workbooks = [
  ...['xlsxwriter', 'calamine', 'exceljs'].flatMap((d) =>
    readdirSync(join(root, 'test', 'corpus', d))
      .filter((f) => /\.xls[xm]$/.test(f))
      .map((f) => join('test', 'corpus', d, f)),
  ),
  ...readdirSync(join(root, 'assets'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join('assets', f)),
];

test('no string of the corpus and the sample is taken for TCVN3 or VNI', async () => {
  let strings = 0;
  let read = 0;
  const alarms: string[] = [];
  for (const file of workbooks) {
    let snap;
    try {
      snap = await readSnapshot(readFileSync(join(root, file)));
    } catch {
      continue; // the corpus test gives these their coded reasons
    }
    read++;
    for (const s of snap.sheets) {
      for (const row of s.values) for (const v of row ?? []) if (typeof v === 'string') strings++;
      for (const c of legacyCells(s)) alarms.push(`${file} ${s.name}!R${c.row}C${c.col}: ${c.before}`);
    }
  }
  expect(alarms).toEqual([]);
  expect(read).toBeGreaterThan(100);
  expect(strings).toBeGreaterThan(10_000);
});

test('no line of the seed tables is taken for legacy text', () => {
  const dir = join(root, 'test', 'fixtures');
  const cells = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n/))
    .flatMap((l) => l.split('\t'));
  expect(cells.length).toBeGreaterThan(500);
  expect(cells.filter((c) => guessEncoding(c) !== null || guessEncoding(c.normalize('NFD')) !== null)).toEqual([]);
});

/**
 * Real files saved by Excel (XlsxWriter's comparison files, see README.md): each gets the sample
 * appendix as a new sheet, goes through `cchc fix`, and an independent reader (JSZip for the parts,
 * ExcelJS for the cells) proves that every part fix did not need to change is byte-identical and
 * every original cell is unchanged.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NewSheetPlan, plainSheet } from '../../src/core';
import { patchPackage, readSnapshot } from '../../src/xlsx';
import { cli } from '../helpers/cli';

const here = join(__dirname, 'xlsxwriter');
const files = readdirSync(here).filter((f) => /\.xls[xm]$/.test(f));
const dir = mkdtempSync(join(tmpdir(), 'cchc-corpus-'));
const sample = readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'));

/** The sample's appendix sheet as a new-sheet plan (values and merges). */
async function appendixPlan(): Promise<NewSheetPlan> {
  const s = (await readSnapshot(sample)).sheets.find((x) => x.name === 'Phụ lục 2')!;
  const rows: (string | number | null)[][] = [];
  s.values.forEach((row, i) => {
    rows[s.origin.row - 1 + i] = [];
    row.forEach((v, j) => (rows[s.origin.row - 1 + i][s.origin.col - 1 + j] = typeof v === 'number' || typeof v === 'string' ? v : null));
  });
  for (let i = 0; i < rows.length; i++) rows[i] = Array.from({ length: rows[i]?.length ?? 0 }, (_, j) => rows[i]?.[j] ?? null);
  return plainSheet('Phụ lục 2', rows, s.merges);
}

/** Every cell's value (ExcelJS's reading) of every sheet, keyed `sheet!A1`. */
async function cellsOf(data: Uint8Array, only?: Set<string>): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out = new Map<string, string>();
  wb.worksheets
    .filter((ws) => !only || only.has(ws.name))
    .forEach((ws) => ws.eachRow((row) => row.eachCell((c) => out.set(`${ws.name}!${c.address}`, JSON.stringify(c.value)))));
  return out;
}

/** Parts the fix writes: the workbook, its relationships, content types, styles, and new sheets. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml)$/;

describe('cchc fix on real files saved by Excel: nothing it did not write changes', () => {
  let plan: NewSheetPlan;
  beforeAll(async () => {
    plan = await appendixPlan();
  });

  test.each(files)('%s', async (file) => {
    const original = readFileSync(join(here, file));
    const originalSheets = new Set((await readSnapshot(original)).sheetNames);
    const input = join(dir, file);
    const withAppendix = patchPackage(original, { cells: [], fills: [], newSheet: plan });
    writeFileSync(input, withAppendix);
    const output = join(dir, `fixed-${file}`);
    const r = await cli('fix', input, '-o', output);
    expect([r.status, r.err]).toEqual([1, '']);
    const fixed = readFileSync(output);

    const a = await JSZip.loadAsync(original);
    const b = await JSZip.loadAsync(fixed);
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir) continue;
      expect(b.files[name]).toBeDefined();
      if (MAY_CHANGE.test(name)) continue;
      const same = Buffer.from(await a.files[name].async('uint8array')).equals(Buffer.from(await b.files[name].async('uint8array')));
      expect([name, same]).toEqual([name, true]);
    }
    const before = await cellsOf(original);
    const after = await cellsOf(fixed, originalSheets);
    expect(after.size).toBe(before.size);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
  });
});

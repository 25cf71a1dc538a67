/**
 * Real files from public test suites (XlsxWriter's comparison files saved by Excel, calamine's and
 * ExcelJS's test data from many writers; see README.md): each gets the sample appendix as a new sheet,
 * goes through `cchc fix`, and an independent reader (JSZip for the parts, ExcelJS for the cells)
 * proves that every part fix did not need to change is byte-identical and every original cell is
 * unchanged. Files that are not workbooks it can read each get their coded reason.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NewSheetPlan, plainSheet } from '../../src/core';
import { openPackage, patchPackage, readSnapshot } from '../../src/xlsx';
import { relsPathOf } from '../../src/xlsx/xml';
import { cli } from '../helpers/cli';

/** Files no workbook reader should open, with the reason the engine gives. */
const UNREADABLE: Record<string, string> = {
  'calamine/issue252.xlsx': 'damaged', // its workbook relationships fail their CRC
  'calamine/pass_protected.xlsx': 'encrypted',
  'exceljs/missing-bits.xlsx': 'no-workbook', // a sheet and relationships, no workbook part
  'exceljs/invalid-xml.xlsx': 'damaged', // text before the root element of its sheet: not well-formed XML (issue 18)
};
/** Files ExcelJS cannot load (it throws, or never returns): their cells are proven by their sheet parts being byte-identical. */
const EXCELJS_CANNOT = new Set([
  'calamine/inlineStr_with_value.xlsx',
  'calamine/issue_261.xlsx',
  'calamine/richtext-after-plain.xlsx',
  'calamine/richtext-namespaced.xlsx',
  'calamine/table_with_absolute_paths.xlsx',
  'exceljs/test-issue-1842.xlsx', // ExcelJS runs for minutes
]);
const all = ['xlsxwriter', 'calamine', 'exceljs'].flatMap((source) =>
  readdirSync(join(__dirname, source))
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => `${source}/${f}`),
);
const files = all.filter((f) => !(f in UNREADABLE));
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

/** Parts the fix writes: the workbook, its relationships, content types and styles, wherever the package keeps them. */
function mayChange(data: Uint8Array): Set<string> {
  const pkg = openPackage(data);
  return new Set(['[Content_Types].xml', pkg.workbookPath, relsPathOf(pkg.workbookPath), ...(pkg.styles.path ? [pkg.styles.path] : [])]);
}

/** A zip's entries by part name (`/` between folders, as some Windows tools do not write them). */
async function partsOf(data: Uint8Array): Promise<Map<string, JSZip.JSZipObject>> {
  const zip = await JSZip.loadAsync(data);
  return new Map(
    Object.values(zip.files)
      .filter((e) => !e.dir)
      .map((e) => [e.name.replace(/\\/g, '/'), e]),
  );
}

describe('cchc fix on real files: nothing it did not write changes', () => {
  let plan: NewSheetPlan;
  beforeAll(async () => {
    plan = await appendixPlan();
  });

  test.each(files)('%s', async (file) => {
    const original = readFileSync(join(__dirname, file));
    const originalSheets = new Set((await readSnapshot(original)).sheetNames);
    const input = join(dir, file.replace('/', '-'));
    const withAppendix = patchPackage(original, { cells: [], fills: [], newSheet: plan });
    writeFileSync(input, withAppendix);
    const output = join(dir, `fixed-${file.replace('/', '-')}`);
    const r = await cli('fix', input, '-o', output);
    expect([r.status, r.err]).toEqual([1, '']);
    const fixed = readFileSync(output);

    const planned = mayChange(original);
    const a = await partsOf(original);
    const b = await partsOf(fixed);
    for (const [name, part] of a) {
      expect([name, b.has(name)]).toEqual([name, true]);
      if (planned.has(name)) continue;
      const same = Buffer.from(await part.async('uint8array')).equals(Buffer.from(await b.get(name)!.async('uint8array')));
      expect([name, same]).toEqual([name, true]);
    }
    if (EXCELJS_CANNOT.has(file)) return;
    const before = await cellsOf(original);
    const after = await cellsOf(fixed, originalSheets);
    expect(after.size).toBe(before.size);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
  });
});

describe('files of the corpus that are not workbooks it can read: each its coded reason, nothing written', () => {
  test.each(Object.entries(UNREADABLE))('%s: %s', async (file, format) => {
    expect(all).toContain(file);
    const output = join(dir, `never-${file.replace('/', '-')}`);
    const r = await cli('fix', join(__dirname, file), '-o', output);
    expect(r.status).toBe(2);
    await expect(readSnapshot(readFileSync(join(__dirname, file)))).rejects.toMatchObject({ problem: { code: 'file-format', format } });
    expect(() => readFileSync(output)).toThrow();
  });
});

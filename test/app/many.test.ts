/**
 * The actions that read other workbooks beside the open one, on the package port (as the preview and
 * the CLI hold a workbook): three district files consolidated into the open workbook, its sheets
 * asked about and replaced, the save verified; last year's file compared, and each refusal coded.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { WorkbookSnapshot, plainSheet } from '../../src/core';
import { compareWith, consolidateInto } from '../../src/app/actions';
import { consolidateFiles } from '../../src/app/consolidate';
import { save } from '../../src/app/save';
import { STATE_SHEET_NAME, createPackagePort } from '../../src/xlsx';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { LIMITS } from '../../src/xlsx/zip';
import { district, districtWorkbook } from '../fixtures/districts';
import { buildAppendix } from '../fixtures/appendix';
import { snapshotToXlsx } from '../helpers/xlsx';

jest.setTimeout(60000);

const sample = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx')));

const retitled = (wb: WorkbookSnapshot, change: (s: string) => string): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? change(v) : v))) })),
});
const year2020 = (s: string) => s.replace(/2021/g, '2020');

let districts: { name: string; bytes: Uint8Array }[];
let thisYear: Uint8Array;
let lastYear: Uint8Array;
beforeAll(async () => {
  districts = [];
  for (const i of [1, 2, 3])
    districts.push({ name: `huyen-${i}.xlsx`, bytes: new Uint8Array(await snapshotToXlsx(districtWorkbook(district(i), i))) });
  thisYear = new Uint8Array(
    await snapshotToXlsx(buildAppendix({ edits: { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } } }).workbook),
  );
  lastYear = new Uint8Array(
    await snapshotToXlsx(retitled(buildAppendix({ edits: { '1.3.3': { value: '17' }, '1.5.3': { value: '98,20' } } }).workbook, year2020)),
  );
});

/** A sheet's cells as [row, col] → [value, formula]. */
function sheetCells(bytes: Uint8Array, name: string): Map<string, [unknown, string | null]> {
  const pkg = openPackage(bytes);
  const s = pkg.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  const out = new Map<string, [unknown, string | null]>();
  for (const r of parseSheet(pkg, s.path, { cells: LIMITS.cells }).rows)
    for (const c of r.cells) out.set(`${c.row}:${c.col}`, [c.value, c.formula]);
  return out;
}

describe('consolidateInto', () => {
  test('three district files: the consolidated sheets written into the open workbook, totals as the CLI makes them, the save verified', async () => {
    const port = createPackagePort(sample);
    const seen: { read: number; total: number }[] = [];
    const o = await consolidateInto(port, districts, { lang: 'vi', replace: false, onProgress: (p) => seen.push(p) });
    expect(o.status).toBe('done');
    expect(seen).toEqual([
      { read: 1, total: 3 },
      { read: 2, total: 3 },
      { read: 3, total: 3 },
    ]);
    // The files carry survey tallies and scoring sheets: every sheet of the consolidated workbook, in its order.
    const sheets = ['Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Tổng hợp phiếu điều tra', 'Xếp hạng', 'Lỗi theo đơn vị'];
    expect(o.notes).toEqual([
      { code: 'consolidated', files: 3, added: 3, sheets, replaced: false },
      // The ranking's charts are left to the consolidated file; the open workbook gets the figures.
      { code: 'charts-skipped', sheets: ['Xếp hạng'] },
    ]);
    const before = new Set(openPackage(sample).sheets.map((s) => s.name));
    const added = port
      .package()
      .sheets.map((s) => s.name)
      .filter((n) => !before.has(n) && n !== STATE_SHEET_NAME);
    expect(added).toEqual(sheets);
    const saved = save(port, sample);
    if (saved.status !== 'done') throw new Error(JSON.stringify(saved));
    // The same figures as the consolidation the CLI writes: each count row's province total is the sum, as a live SUM.
    const c = await consolidateFiles(
      districts.map((d) => ({ name: d.name, read: async () => d.bytes })),
      { lang: 'vi' },
    );
    const appendix = sheetCells(saved.bytes, 'Tổng hợp Phụ lục 2');
    const resolved = c.indicators.findIndex((i) => i.code === '2.5.2');
    const row = resolved + 3;
    expect(appendix.get(`${row}:7`)).toEqual([c.indicators[resolved].total, `=SUM(D${row}:F${row})`]);
    expect(c.indicators[resolved].total).toBe([1, 2, 3].reduce((s, i) => s + district(i).resolved, 0));
    const status = sheetCells(saved.bytes, 'Tình hình nộp');
    expect(status.get('3:4')?.[0]).toBe('huyen-1.xlsx');
    expect(status.get('5:4')?.[0]).toBe('huyen-3.xlsx');
    // The first sheet is shown.
    expect(port.applied.at(-1)?.activate).toEqual({ sheet: 'Tình hình nộp', cell: 'A1' });
  });

  test('again: the outcome asks first; yes replaces the product’s sheets in place; a user’s sheet of the name is never touched', async () => {
    const port = createPackagePort(sample);
    await consolidateInto(port, districts.slice(0, 2), { lang: 'vi', replace: false });
    const count = port.package().sheets.length;
    const asked = await consolidateInto(port, districts, { lang: 'vi', replace: false });
    expect(asked.status).toBe('ask');
    expect(asked.notes[0]).toMatchObject({ code: 'ask-replace-sheets' });
    expect((asked.notes[0] as { sheets: string[] }).sheets).toContain('Tình hình nộp');
    expect(port.package().sheets.length).toBe(count);
    const replaced = await consolidateInto(port, districts, { lang: 'vi', replace: true });
    expect(replaced.notes[0]).toMatchObject({ code: 'consolidated', files: 3, replaced: true });
    expect(port.package().sheets.length).toBe(count);
    const saved = save(port, sample);
    expect(saved.status).toBe('done');
    if (saved.status === 'done') expect(sheetCells(saved.bytes, 'Tình hình nộp').get('5:4')?.[0]).toBe('huyen-3.xlsx');

    // A sheet the user named "Tình hình nộp": the product's takes a free name beside it.
    const user = createPackagePort(sample);
    await user.apply({
      cells: [],
      fills: [],
      newSheet: plainSheet('Tình hình nộp', [['của tôi']]),
    });
    const o = await consolidateInto(user, districts, { lang: 'vi', replace: false });
    expect(o.status).toBe('done');
    expect((o.notes[0] as { sheets: string[] }).sheets[0]).toBe('Tình hình nộp (2)');
    expect(sheetCells(user.bytes(), 'Tình hình nộp').get('1:1')?.[0]).toBe('của tôi');
  });

  test('no file: refused, nothing changed; a damaged file is its status row, the others still added', async () => {
    const port = createPackagePort(sample);
    expect(await consolidateInto(port, [], { lang: 'vi', replace: false })).toEqual({ status: 'refused', notes: [{ code: 'no-files' }] });
    expect(port.applied).toEqual([]);
    const o = await consolidateInto(port, [...districts.slice(0, 2), { name: 'hong.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2]) }], {
      lang: 'en',
      replace: false,
    });
    expect(o.notes[0]).toMatchObject({ code: 'consolidated', files: 3, added: 2 });
  });
});

describe('compareWith', () => {
  test('last year’s file: previous, changes and exactly the two year findings at their cells', async () => {
    const port = createPackagePort(thisYear);
    const o = await compareWith(port, { name: 'phu-luc-2020.xlsx', bytes: lastYear }, { lang: 'vi' });
    expect(o.status).toBe('done');
    expect(o.report?.previous).toEqual({ file: 'phu-luc-2020.xlsx', year: 2020, office: 'BHXH tỉnh Sóc Trăng' });
    expect(o.report?.findings.filter((f) => f.rule.startsWith('year.')).map((f) => [f.rule, f.code])).toEqual([
      ['year.jump', '1.3.3'],
      ['year.drop', '1.5.3'],
    ]);
    expect(o.report?.changes?.find((c) => c.code === '1.3.3')).toMatchObject({ previous: 17, current: 17000 });
    expect(o.notes).toEqual([{ code: 'compared', file: 'phu-luc-2020.xlsx', year: 2020, changes: o.report?.changes?.length, findings: 2 }]);
    // Reads only.
    expect(port.applied).toEqual([]);
  });

  test('refusals are coded: the same year, an unreadable file', async () => {
    const port = createPackagePort(thisYear);
    const same = await compareWith(port, { name: 'cung-nam.xlsx', bytes: thisYear }, { lang: 'vi' });
    expect(same.status).toBe('refused');
    expect(same.notes).toEqual([{ code: 'previous-refused', file: 'cung-nam.xlsx', refusal: { code: 'previous.same-year', year: 2021 } }]);
    const bad = await compareWith(port, { name: 'hong.xlsx', bytes: new Uint8Array([1, 2, 3]) }, { lang: 'vi' });
    expect(bad.status).toBe('refused');
    expect(bad.notes[0]).toMatchObject({ code: 'previous-unreadable', file: 'hong.xlsx' });
    expect(port.applied).toEqual([]);
  });
});

import ExcelJS from 'exceljs';
import { check } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';
import { buildAppendix } from '../fixtures/appendix';
import { snapshotToXlsx } from '../helpers/xlsx';

describe('reading .xlsx files with ExcelJS', () => {
  test('the seed appendix as a real file reads exactly as its snapshot', async () => {
    const built = buildAppendix({ coverSheet: true, startRow: 3, startCol: 2 });
    const snap = await readSnapshot(await snapshotToXlsx(built.workbook));
    expect(snap.sheets.map((s) => s.name)).toEqual(['Bìa', 'Phụ lục 2']);
    const fromFile = check(snap);
    const fromMemory = check(built.workbook);
    expect(fromFile.layout).toEqual(fromMemory.layout);
    expect(fromFile.indicators).toEqual(fromMemory.indicators);
    expect(fromFile.summary).toEqual(fromMemory.summary);
    expect(fromFile.summary).toMatchObject({ error: 0, warning: 1 });
    expect([...snap.sheets[1].merges].sort()).toEqual([...built.sheet.merges].sort());
  });

  test('formulas with cached results, error values, rich text, formats', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'B1/C1', result: { error: '#DIV/0!' } };
    ws.getCell('A2').value = { formula: '_xlfn.NUMBERVALUE(B2,",",".")', result: 99.1 };
    ws.getCell('A3').value = { richText: [{ text: 'Số ' }, { font: { italic: true }, text: 'liệu' }] };
    ws.getCell('A4').value = 0.991;
    ws.getCell('A4').numFmt = '0.00%';
    ws.getCell('B5').value = { error: '#N/A' };
    const snap = await readSnapshot(Buffer.from(await wb.xlsx.writeBuffer()));
    const s = snap.sheets[0];
    expect(s.values[0][0]).toEqual({ error: '#DIV/0!' });
    expect(s.formulas![0][0]).toBe('=B1/C1');
    expect(s.values[1][0]).toBe(99.1);
    expect(s.formulas![1][0]).toBe('=NUMBERVALUE(B2,",",".")');
    expect(s.values[2][0]).toBe('Số liệu');
    expect(s.formats![3][0]).toBe('0.00%');
    expect(s.values[4][1]).toEqual({ error: '#N/A' });
  });

  test('a file that is not a workbook is refused with a sentence in both languages', async () => {
    await expect(readSnapshot(Buffer.from('STT,Chỉ tiêu\n1,2\n'))).rejects.toMatchObject({ problem: { code: 'file-format' } });
    await expect(readSnapshot(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toMatchObject({
      problem: { code: 'file-format', format: 'xls' },
    });
    await expect(readSnapshot(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({
      problem: { code: 'file-format', format: 'damaged' },
    });
  });

  test('a protected sheet is read, and marked so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khoá');
    ws.getCell('A1').value = 'x';
    await ws.protect('secret', {});
    const snap = await readSnapshot(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(snap.sheets[0].protected).toBe(true);
  });
});

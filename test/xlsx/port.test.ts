import { readTables } from '../../src/app/session';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check, planClearHighlights, planFillRatios, planHighlights } from '../../src/core';
import { createXlsxPort, loadWorkbook, toCellFill } from '../../src/xlsx';

const sample = () => loadWorkbook(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx')));

function fills(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => out.set(`${ws.name}!${c.address}`, toCellFill(c.fill) ?? null))));
  return out;
}

describe('the ExcelJS port', () => {
  test('each highlight colours its own cell only, even where cells share a style; clear restores every fill', async () => {
    const wb = await sample();
    const ws = wb.getWorksheet('Phụ lục 2')!;
    const e57 = ws.getCell('E57');
    e57.style = { ...e57.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
    const before = fills(wb);
    const port = createXlsxPort(wb);
    let snap = await readTables(port);
    const fill = planFillRatios(check(snap), snap);
    if (!fill.ok) throw new Error('refused');
    await port.apply(fill.plan);
    snap = await readTables(port);
    const hl = planHighlights(check(snap), snap);
    if (!hl.ok) throw new Error('refused');
    await port.apply(hl.plan);
    expect(toCellFill(ws.getCell('D57').fill)).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(toCellFill(ws.getCell('D14').fill)).toEqual({ color: '#F8CBAD', pattern: 'Solid' });
    expect(toCellFill(ws.getCell('D13').fill)).toBeNull();
    const clear = planClearHighlights(await readTables(port));
    if (!clear.ok) throw new Error('refused');
    await port.apply(clear.plan);
    const after = fills(wb);
    for (const [k, f] of before) expect([k, after.get(k)]).toEqual([k, f]);
  });

  test('a fill it cannot restore exactly (a theme colour) is left alone', async () => {
    const wb = await sample();
    const d57 = wb.getWorksheet('Phụ lục 2')!.getCell('D57');
    d57.style = { ...d57.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } as unknown as ExcelJS.Color } };
    const port = createXlsxPort(wb);
    const snap = await readTables(port);
    const hl = planHighlights(check(snap), snap);
    if (!hl.ok) throw new Error('refused');
    expect(hl.skipped).toEqual(['Phụ lục 2!D57']);
    expect(hl.plan.fills.map((f) => f.cell)).not.toContain('D57');
  });
});

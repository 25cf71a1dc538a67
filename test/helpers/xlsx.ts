/** Writes a snapshot (values, formats, merges) as a real .xlsx with ExcelJS, as a user's file would be. */
import ExcelJS from 'exceljs';
import { WorkbookSnapshot, isErrorValue } from '../../src/core';

export function snapshotToWorkbook(snap: WorkbookSnapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of snap.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(s.origin.row + i, s.origin.col + j);
        const formula = s.formulas?.[i]?.[j];
        if (formula)
          cell.value = {
            formula: formula.replace(/^=/, ''),
            result: isErrorValue(v) ? { error: v.error as ExcelJS.CellErrorValue['error'] } : (v as number),
          };
        else cell.value = isErrorValue(v) ? { error: v.error as ExcelJS.CellErrorValue['error'] } : v;
        const fmt = s.formats?.[i]?.[j];
        if (fmt && fmt !== 'General') cell.numFmt = fmt;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m);
  }
  return wb;
}

export async function snapshotToXlsx(snap: WorkbookSnapshot): Promise<Buffer> {
  return Buffer.from(await snapshotToWorkbook(snap).xlsx.writeBuffer());
}

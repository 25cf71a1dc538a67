/** Applies a WritePlan to an ExcelJS workbook (the CLI's `fix`, the browser preview). */
import ExcelJS from 'exceljs';
import type { CellFill, WritePlan } from '../core';
import { STATE_SHEET } from './read';
import { toStoredFormula } from './patch';

function toExcelFill(f: CellFill | null): ExcelJS.Fill {
  if (f === null) return { type: 'pattern', pattern: 'none' };
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.color.replace('#', '').toUpperCase()}` } };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function addSheet(wb: ExcelJS.Workbook, ns: NonNullable<WritePlan['newSheet']>): void {
  const old = ns.replaces ? wb.getWorksheet(ns.name) : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(ns.name, {
    views: ns.freezeRows > 0 ? [{ state: 'frozen', ySplit: ns.freezeRows }] : [],
    pageSetup: {
      paperSize: 9,
      orientation: ns.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(ns.printTitleRows ? { printTitlesRow: ns.printTitleRows } : {}),
      ...(ns.font ? { horizontalCentered: true, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } : {}),
    },
    ...(ns.pageNumbers
      ? { headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N', evenFooter: '&C&"Times New Roman"&11Trang &P/&N' } }
      : {}),
  });

  ns.columnWidths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  ns.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = v;
      // Text stays text ("- Tăng cường …" is not a formula).
      if (typeof v === 'string') cell.numFmt = '@';
      if (ns.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }),
  );
  if (ns.font) {
    const font = { name: ns.font.name, size: ns.font.size };
    const width = Math.max(ns.columnWidths.length, ...ns.rows.map((r) => r.length));
    for (let r = 1; r <= ns.rows.length; r++)
      for (let c = 1; c <= width; c++) {
        const cell = ws.getCell(r, c);
        cell.font = { ...font };
        if (ns.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      }
  }
  for (const r of ns.boldRows) ws.getRow(r).font = { ...(ns.font ?? {}), bold: true };
  for (const st of ns.styles ?? []) {
    const [a, b] = st.range.split(':');
    const tl = ws.getCell(a);
    const br = ws.getCell(b ?? a);
    for (let r = Number(tl.row); r <= Number(br.row); r++)
      for (let c = Number(tl.col); c <= Number(br.col); c++) {
        const cell = ws.getCell(r, c);
        const font = { ...cell.font };
        if (st.bold !== undefined) font.bold = st.bold;
        if (st.italic !== undefined) font.italic = st.italic;
        if (st.size !== undefined) font.size = st.size;
        cell.font = font;
        if (st.align || st.vertical)
          cell.alignment = {
            ...cell.alignment,
            ...(st.align ? { horizontal: st.align } : {}),
            ...(st.vertical ? { vertical: st.vertical } : {}),
          };
        if (st.fill) cell.fill = toExcelFill(st.fill);
      }
  }
  for (const [r, h] of Object.entries(ns.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  for (const r of ns.pageBreaksBefore ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
  if (ns.borders) {
    const [a, b] = ns.borders.split(':');
    const tl = ws.getCell(a);
    const br = ws.getCell(b);
    for (let r = Number(tl.row); r <= Number(br.row); r++)
      for (let c = Number(tl.col); c <= Number(br.col); c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  for (const m of ns.merges) ws.mergeCells(m);
}

/**
 * Changes one cell's style. Cells loaded from a file share style objects, and ExcelJS's `cell.fill = …`
 * writes into the shared one (every cell of that style would change), so each change gets its own copy.
 */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function applyToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  for (const w of plan.cells) {
    const cell = sheet(w.sheet).getCell(w.cell);
    if (w.numberFormat) restyle(cell, { numFmt: w.numberFormat });
    if (w.formula) cell.value = { formula: toStoredFormula(w.formula), result: w.value as number } as ExcelJS.CellFormulaValue;
    else if (w.value !== undefined) {
      if (w.asText && !w.numberFormat) restyle(cell, { numFmt: '@' });
      cell.value = w.value;
    }
  }
  for (const f of plan.fills) restyle(sheet(f.sheet).getCell(f.cell), { fill: toExcelFill(f.fill) });
  if (plan.newSheet) addSheet(wb, plan.newSheet);
  if (plan.state !== undefined) {
    const existing = wb.getWorksheet(STATE_SHEET);
    if (plan.state === null) {
      if (existing) wb.removeWorksheet(existing.id);
    } else {
      const ws = existing ?? wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
      ws.getCell('A1').value = JSON.stringify(plan.state);
    }
  }
  if (plan.activate) {
    const index = wb.worksheets.findIndex((w) => w.name === plan.activate!.sheet);
    if (index >= 0) wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  }
}

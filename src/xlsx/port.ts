/** A WorkbookPort over an ExcelJS workbook held in memory (the CLI's fix, the browser preview). */
import ExcelJS from 'exceljs';
import type { FillReading, SheetVisibility, WorkbookPort } from '../core';
import { fillAt, fillKey, loadFromSnapshot, parseA1, probeFromSnapshot } from '../core';
import { applyToWorkbook } from './apply';
import { workbookSnapshot } from './read';

export interface XlsxPort extends WorkbookPort {
  workbook: ExcelJS.Workbook;
  /** The last selected cell, for a view to show. */
  selection: { sheet: string; cell: string } | null;
}

const VISIBILITY: Record<string, SheetVisibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

export function createXlsxPort(workbook: ExcelJS.Workbook): XlsxPort {
  const full = () => workbookSnapshot(workbook, { fills: true });
  const port: XlsxPort = {
    workbook,
    selection: null,
    probe: async () =>
      probeFromSnapshot(full(), Object.fromEntries(workbook.worksheets.map((w) => [w.name, VISIBILITY[w.state] ?? 'Visible']))),
    load: async (regions) => loadFromSnapshot(full(), regions),
    readFills: async (cells) => {
      const snap = full();
      const out: FillReading = new Map();
      for (const { sheet, cell } of cells) {
        const s = snap.sheets.find((x) => x.name === sheet);
        if (!s) continue;
        const { row, col } = parseA1(cell);
        const f = fillAt(s, row, col);
        if (f !== undefined) out.set(fillKey(sheet, cell), f);
      }
      return out;
    },
    apply: async (plan) => applyToWorkbook(workbook, plan),
    select: async (sheet, cell) => {
      port.selection = { sheet, cell };
    },
  };
  return port;
}

/** A WorkbookPort over an ExcelJS workbook held in memory (the CLI's fix, the browser preview). */
import ExcelJS from 'exceljs';
import type { SheetVisibility, WorkbookPort } from '../core';
import { fillsFromSnapshot, loadFromSnapshot, probeFromSnapshot } from '../core';
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
    readFills: async (cells) => fillsFromSnapshot(full(), cells),
    apply: async (plan) => applyToWorkbook(workbook, plan),
    select: async (sheet, cell) => {
      port.selection = { sheet, cell };
    },
  };
  return port;
}

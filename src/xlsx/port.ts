/** A WorkbookPort over an ExcelJS workbook held in memory (the CLI's fix, the browser preview). */
import ExcelJS from 'exceljs';
import type { WorkbookPort } from '../core';
import { applyToWorkbook } from './apply';
import { workbookSnapshot } from './read';

export interface XlsxPort extends WorkbookPort {
  workbook: ExcelJS.Workbook;
  /** The last selected cell, for a view to show. */
  selection: { sheet: string; cell: string } | null;
}

export function createXlsxPort(workbook: ExcelJS.Workbook): XlsxPort {
  const port: XlsxPort = {
    workbook,
    selection: null,
    read: async () => workbookSnapshot(workbook, { fills: true }),
    apply: async (plan) => applyToWorkbook(workbook, plan),
    select: async (sheet, cell) => {
      port.selection = { sheet, cell };
    },
  };
  return port;
}

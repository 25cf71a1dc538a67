/** ExcelJS → WorkbookSnapshot: values (a formula's cached result), number formats, formulas, merges. */
import ExcelJS from 'exceljs';
import { parseProductState } from '../core';
import type { CellFill, CellValue, ProductState, SheetSnapshot, WorkbookSnapshot } from '../core';
import { unreadable } from './errors';

type ExcelValue = ExcelJS.CellValue;

/** One cell's value as the core reads it. */
export function toCellValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : toCellValue(result as ExcelValue);
    }
    if ('text' in v && typeof (v as ExcelJS.CellHyperlinkValue).text === 'string') return (v as ExcelJS.CellHyperlinkValue).text;
  }
  return String(v);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    return f ? `=${f.replace(/_xlfn\./g, '')}` : null;
  }
  return null;
}

/** Merged areas; ExcelJS keeps them on a private field, and its public `model` would rebuild every row. */
export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {};
  return Object.values(merges).map((m) => m.range.slice(m.range.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

export const STATE_SHEET = 'cchc_state';

/** A cell's own fill as the core records it; undefined for fills it cannot restore exactly (theme colours, gradients). */
export function toCellFill(fill: ExcelJS.Fill | undefined): CellFill | null | undefined {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return null;
  if (fill.type === 'pattern' && fill.pattern === 'solid') {
    const argb = fill.fgColor?.argb;
    return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? { color: `#${argb.slice(2).toUpperCase()}`, pattern: 'Solid' } : undefined;
  }
  return undefined;
}

export interface SnapshotOptions {
  /** Read each cell's fill (to restore it after highlights); a check alone does not need them. */
  fills?: boolean;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet, opts: SnapshotOptions = {}): SheetSnapshot {
  const cells: { r: number; c: number; value: CellValue; format: string; formula: string | null }[] = [];
  let top = Infinity;
  let left = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      const formula = formulaOf(cell);
      if (value === null && formula === null) return;
      cells.push({ r, c, value, format: cell.numFmt || 'General', formula });
      top = Math.min(top, r);
      left = Math.min(left, c);
    });
  });
  const merges = mergesOf(ws);
  if (cells.length === 0) return { name: ws.name, origin: { row: 1, col: 1 }, values: [], formats: [], formulas: [], merges };
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (const x of cells) {
    const i = x.r - top;
    const j = x.c - left;
    while (values.length <= i) {
      values.push([]);
      formats.push([]);
      formulas.push([]);
    }
    values[i][j] = x.value;
    formats[i][j] = x.format;
    formulas[i][j] = x.formula;
  }
  // Fill holes so every row is a dense array.
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < values[i].length; j++) {
      if (values[i][j] === undefined) values[i][j] = null;
      if (formats[i][j] === undefined) formats[i][j] = 'General';
      if (formulas[i][j] === undefined) formulas[i][j] = null;
    }
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const fills = opts.fills
    ? values.map((_, i) => Array.from({ length: width }, (_, j) => toCellFill(ws.findCell(top + i, left + j)?.fill)))
    : undefined;
  return {
    name: ws.name,
    origin: { row: top, col: left },
    values,
    formats,
    formulas,
    merges,
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    ...(fills ? { fills } : {}),
  };
}

/** What the product remembers in a workbook (highlights, filled cells): a very hidden sheet, in .xlsx files. */
function stateOf(wb: ExcelJS.Workbook): ProductState | null {
  const raw = wb.getWorksheet(STATE_SHEET)?.getCell('A1').value;
  return typeof raw === 'string' ? parseProductState(raw) : null;
}

export function workbookSnapshot(wb: ExcelJS.Workbook, opts: SnapshotOptions = {}): WorkbookSnapshot {
  return {
    sheets: wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => sheetSnapshot(ws, opts)),
    state: stateOf(wb),
  };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * Worksheet parts a check never reads. Real district files carry data validations, conditional
 * formats and links; skipping them only saves parsing. Never used when a workbook is to be written.
 */
const NOT_READ = [
  'sheetViews',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'headerFooter',
  'picture',
  'drawing',
  'tableParts',
];

/**
 * Loads .xlsx bytes into ExcelJS, turning every failure into a coded WorkbookError.
 * `forReading` skips the parts a check does not read; leave it off for a workbook that will be saved.
 */
export async function loadWorkbook(data: Uint8Array, forReading = false): Promise<ExcelJS.Workbook> {
  if (startsWith(data, OLE2)) throw unreadable('xls');
  if (!startsWith(data, ZIP)) throw unreadable('not-zip');
  const wb = new ExcelJS.Workbook();
  try {
    const options = forReading ? ({ ignoreNodes: NOT_READ } as unknown as Partial<ExcelJS.XlsxReadOptions>) : undefined;
    await wb.xlsx.load(data as unknown as ArrayBuffer, options);
  } catch {
    throw unreadable('damaged');
  }
  return wb;
}

/** Reads .xlsx bytes to a snapshot. */
export async function readSnapshot(data: Uint8Array): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(data, true));
}

/**
 * What an adapter reads from a workbook: plain data, no host objects.
 * Grids are row-major and start at `origin` (the top-left cell of the used range).
 */

/** An Excel error value such as #DIV/0! or #N/A, shown as such in the cell. */
export interface ErrorValue {
  error: string;
}

export type CellValue = string | number | boolean | null | ErrorValue;

export interface SheetSnapshot {
  name: string;
  /** 1-based row and column of values[0][0]. */
  origin: { row: number; col: number };
  /** Cell values; for a formula, its cached result. */
  values: CellValue[][];
  /** Number formats ('General', '0.00%', '@', …); missing rows/cells mean 'General'. */
  formats?: string[][];
  /** Formulas ('=A1/B1') where a cell has one, else null or ''. */
  formulas?: (string | null)[][];
  /** Merged areas, A1 ranges ('A10:A11'). */
  merges: string[];
  /** True when the sheet is protected (editing is refused). */
  protected?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

/** The cell at 1-based (row, col), or null outside the grid. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.formats?.[row - sheet.origin.row]?.[col - sheet.origin.col] || 'General';
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row - sheet.origin.row]?.[col - sheet.origin.col] || null;
}

/** Last 1-based row and column covered by the grid. */
export function sheetBounds(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { lastRow: sheet.origin.row + sheet.values.length - 1, lastCol: sheet.origin.col + width - 1 };
}

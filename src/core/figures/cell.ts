/** What one cell holds, as every reader sees it: text, a number, a boolean, nothing, or an Excel error. */

/** An Excel error value such as #DIV/0! or #N/A, shown as such in the cell. */
export interface ErrorValue {
  error: string;
}

export type CellValue = string | number | boolean | null | ErrorValue;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

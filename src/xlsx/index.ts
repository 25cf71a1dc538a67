/** The ExcelJS adapter: .xlsx files for the CLI, the tests and the browser preview. */
export { unreadable } from './errors';
export { STATE_SHEET, loadWorkbook, readSnapshot, sheetSnapshot, toCellFill, toCellValue, workbookSnapshot } from './read';
export type { SnapshotOptions } from './read';
export { applyToWorkbook, toStoredFormula } from './apply';
export { createXlsxPort } from './port';
export type { XlsxPort } from './port';
export { unsupportedParts } from './parts';

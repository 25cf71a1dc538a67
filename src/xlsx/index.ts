/** The ExcelJS adapter: .xlsx files for the CLI, the tests and the browser preview. */
export { UnreadableWorkbookError } from './errors';
export { loadWorkbook, readSnapshot, sheetSnapshot, toCellValue, workbookSnapshot } from './read';

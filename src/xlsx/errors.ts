/** The .xlsx adapter's failures are the core's coded WorkbookErrors. */
import { FileFormat, WorkbookError } from '../core';

/** A file the CLI or the preview cannot read as an .xlsx workbook. */
export function unreadable(format: FileFormat, part?: string): WorkbookError {
  return new WorkbookError({ code: 'file-format', format, ...(part ? { part } : {}), changed: 'nothing' });
}

/** The .xlsx adapter's failures are the core's coded WorkbookErrors; its own mistakes are named errors. */
import { FileFormat, WorkbookError } from '../core';

/** A file the CLI or the preview cannot read as an .xlsx workbook. */
export function unreadable(format: FileFormat, part?: string): WorkbookError {
  return new WorkbookError({ code: 'file-format', format, ...(part ? { part } : {}), changed: 'nothing' });
}

/**
 * A write plan the package cannot carry out as given: a cell that is no address, a sheet it does not
 * have, a new sheet under a name already taken. Plans come from our own code, so this is a bug there,
 * never the user's doing (and never a host error).
 */
export class PlanError extends Error {
  constructor(
    readonly reason: 'bad-cell' | 'no-sheet' | 'sheet-exists',
    readonly sheet: string,
    readonly cell?: string,
  ) {
    super(`write plan: ${reason} ${sheet}${cell ? `!${cell}` : ''}`);
    this.name = 'PlanError';
  }
}

/** A part the patch wrote that is not well-formed XML: a bug in the writer, caught before anything is saved. */
export class MalformedOutputError extends Error {
  constructor(readonly part: string) {
    super(`patch wrote a part that is not well-formed: ${part}`);
    this.name = 'MalformedOutputError';
  }
}

/**
 * The read-only actions on workbooks held as bytes (the CLI's `check`, consolidation, the comparison
 * with last year): probe, locate, load, check — nothing is written. A file that cannot be read is a
 * report saying why, never a throw, so one bad file never stops the others.
 */
import type { CheckOptions, Lang, Report, WorkbookPort } from '../core';
import { check, unreadableReport } from '../core';
// From its module, not the index: the task pane loads this file on demand, and an export of the index
// used here would be kept in the pane's first chunk with everything it needs.
import { withPrevious } from '../core/year';
import { createPackagePort } from '../xlsx/package-port';
import { readTables } from './session';

/** One workbook's report; `describe` says why a read failed, in both languages (the front knows its own errors: a missing file, a folder). */
export async function reportOf(
  read: () => Promise<Uint8Array>,
  opts: CheckOptions & { file: string; lang: Lang },
  describe: (e: unknown) => { vi: string; en: string },
): Promise<Report> {
  try {
    // Only the sheets that hold a table are read past their top rows.
    return check(await readTables(createPackagePort(await read())), opts);
  } catch (e) {
    return unreadableReport(opts.file, describe(e), opts.lang);
  }
}

/** The report of the tables a port holds now (after a command's writes), reading only. */
export async function reportOfPort(port: WorkbookPort, opts: CheckOptions): Promise<Report> {
  return check(await readTables(port), opts);
}

/** This year's report with last year's beside it: the changes and the year findings, or the coded refusal. */
export const compareWithPrevious = withPrevious;

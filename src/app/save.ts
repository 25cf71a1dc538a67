/**
 * Saving a workbook held as an .xlsx package (the CLI, the preview): every change the actions
 * applied, read back and compared with the file as opened before a byte is handed out. Loaded only
 * by the fronts that write files; the task pane in Excel never carries the package engine.
 */
import { WorkbookError } from '../core';
import type { WorkbookProblem } from '../core';
import type { PackagePort } from '../xlsx/package-port';
import { verifiedBytes } from '../xlsx/save';
import type { Outcome } from './actions';

export type Saved = (Outcome & { status: 'failed'; problem: WorkbookProblem }) | (Outcome & { status: 'done'; bytes: Uint8Array });

/** The verified bytes of the package, or the coded reason they cannot be saved (nothing is saved then). */
export function save(port: PackagePort, original: Uint8Array): Saved {
  try {
    return { status: 'done', notes: [], bytes: verifiedBytes(port, original) };
  } catch (e) {
    if (e instanceof WorkbookError) return { status: 'failed', problem: e.problem, notes: [{ code: 'failed', problem: e.problem }] };
    throw e;
  }
}

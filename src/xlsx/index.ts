/**
 * The .xlsx adapter: the package engine (zip, package, snapshot, patch, verify, package-port) reads
 * bounded and writes by patching, for the CLI and the browser preview alike.
 */
import type { WorkbookSnapshot } from '../core';
import { useFflateUnlessSet } from './fflate';
import { readPackageSnapshot } from './snapshot';

useFflateUnlessSet();

export { unreadable } from './errors';
export { packageSnapshot, readPackageSnapshot } from './snapshot';
export { createPackagePort } from './package-port';
export type { PackagePort } from './package-port';
export { STATE_SHEET_NAME, openPackage } from './package';
export { patchPackage, plannedCells, toStoredFormula } from './patch';
export { verifyPackage } from './verify';
export { LIMITS, readZip } from './zip';

/** Reads .xlsx bytes to a snapshot of every sheet but very hidden ones (coded WorkbookErrors for bad files). */
export async function readSnapshot(data: Uint8Array): Promise<WorkbookSnapshot> {
  return readPackageSnapshot(data);
}

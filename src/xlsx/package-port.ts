/**
 * A WorkbookPort over .xlsx bytes, on the package engine: reads scan the package (bounded), `apply`
 * patches it. The CLI's fix and the preview use it; `bytes()` is the file to save.
 */
import { fillsFromSnapshot, loadFromSnapshot, probeFromSnapshot } from '../core';
import type { SheetVisibility, WorkbookPort, WorkbookSnapshot, WritePlan } from '../core';
import { Package, STATE_SHEET_NAME, openPackage, parseSheet, readState } from './package';
import { patchPackage } from './patch';
import { toSheetSnapshot } from './snapshot';
import { LIMITS } from './zip';

export interface PackagePort extends WorkbookPort {
  /** The package as it stands after every apply. */
  bytes(): Uint8Array;
  /** Every plan applied so far. */
  applied: WritePlan[];
  /** The last selected cell, for a view to show. */
  selection: { sheet: string; cell: string } | null;
}

/** Opens the bytes (throws a coded WorkbookError for a file it cannot read) and returns the port. */
export function createPackagePort(data: Uint8Array): PackagePort {
  let bytes = data;
  let pkg: Package = openPackage(bytes);
  let cache: WorkbookSnapshot | null = null;
  const full = (): WorkbookSnapshot => {
    if (cache) return cache;
    const budget = { cells: LIMITS.cells };
    const { state, problem } = readState(pkg);
    cache = {
      sheets: pkg.sheets
        .filter((s) => s.name !== STATE_SHEET_NAME)
        .map((s) => toSheetSnapshot(pkg, s, parseSheet(pkg, s.path, budget), true)),
      sheetNames: pkg.sheets.map((s) => s.name),
      structureProtected: pkg.structureProtected,
      state,
      stateProblem: problem,
    };
    return cache;
  };
  const port: PackagePort = {
    applied: [],
    selection: null,
    bytes: () => bytes,
    probe: async () => {
      const snap = full();
      const visibility: Record<string, SheetVisibility> = Object.fromEntries(pkg.sheets.map((s) => [s.name, s.visibility]));
      return {
        ...probeFromSnapshot(snap, visibility),
        structureProtected: snap.structureProtected,
        stateProblem: snap.stateProblem ?? null,
      };
    },
    load: async (regions) => {
      const snap = full();
      return {
        ...loadFromSnapshot(snap, regions),
        sheetNames: snap.sheetNames,
        structureProtected: snap.structureProtected,
        stateProblem: snap.stateProblem,
      };
    },
    readFills: async (cells) => fillsFromSnapshot(full(), cells, true),
    apply: async (plan) => {
      bytes = patchPackage(bytes, plan);
      pkg = openPackage(bytes);
      cache = null;
      port.applied.push(plan);
    },
    select: async (sheet, cell) => {
      port.selection = { sheet, cell };
    },
  };
  return port;
}

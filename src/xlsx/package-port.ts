/**
 * A WorkbookPort over .xlsx bytes, on the package engine, reading the way the Excel adapter does: the
 * probe inflates and scans only the top rows of each sheet, the load parses only the sheets where a
 * table was located (cut to their regions), the fills come from those same parses. `apply` patches
 * the opened package (writing the zip once) and keeps the package it hands back; `bytes()` is the file to save. The CLI's check and fix and the preview use it.
 */
import {
  PROBE_COLS,
  PROBE_ROWS,
  columnLetters,
  deepFromSheet,
  fillsFromSnapshot,
  needsDeepLook,
  parseRange,
  sliceSheet,
  unionRange,
} from '../core';
import type { RangeRef, SheetProbe, SheetSnapshot, WorkbookPort, WorkbookSnapshot, WritePlan } from '../core';
import {
  LAST_COL,
  LAST_ROW,
  Package,
  PackageSheet,
  ParsedSheet,
  STATE_SHEET_NAME,
  openPackage,
  parseSheet,
  readSheetHead,
  readState,
} from './package';
import { applyPlan } from './patch';
import { toSheetSnapshot } from './snapshot';
import { LIMITS } from './zip';

export interface PackagePort extends WorkbookPort {
  /** The package as it stands after every apply. */
  bytes(): Uint8Array;
  /** The same package, opened (a view or the verify reads it without opening the bytes again). */
  package(): Package;
  /** Every plan applied so far. */
  applied: WritePlan[];
  /** The last selected cell, for a view to show. */
  selection: { sheet: string; cell: string } | null;
}

/** Rows with content a probe reads: enough for the top PROBE_ROWS of the used range however sparse the rows above it. */
const HEAD_ROWS = PROBE_ROWS;

/** Opens the bytes (throws a coded WorkbookError for a file it cannot read) and returns the port. */
export function createPackagePort(data: Uint8Array): PackagePort {
  let bytes = data;
  let pkg: Package = openPackage(bytes);
  // The cells one read (a probe and its load) may take; sheets already parsed are not counted again.
  let budget = { cells: LIMITS.cells };
  let parsed = new Map<string, ParsedSheet>();
  let stored: ReturnType<typeof readState> | null = null;
  const stateOf = () => (stored ??= readState(pkg));
  const sheets = () => pkg.sheets.filter((s) => s.name !== STATE_SHEET_NAME);
  const whole = (s: PackageSheet): ParsedSheet => {
    let p = parsed.get(s.path);
    if (!p) parsed.set(s.path, (p = parseSheet(pkg, s.path, budget)));
    return p;
  };
  let snapshots = new Map<string, SheetSnapshot>();
  /** The whole sheet as the core reads it (values, formats, formulas, merges); fills only when asked. */
  const snapshotOf = (s: PackageSheet, withFills = false): SheetSnapshot => {
    if (withFills) return toSheetSnapshot(pkg, s, whole(s), true);
    let snap = snapshots.get(s.path);
    if (!snap) snapshots.set(s.path, (snap = toSheetSnapshot(pkg, s, whole(s), false)));
    return snap;
  };
  /**
   * A table below the top rows (under a report's text or another table): the whole sheet is read to
   * look for its header. A sheet that cannot be read whole is left as its top shows it, as before.
   */
  const deepOf = (s: PackageSheet, used: RangeRef, head: SheetSnapshot): SheetSnapshot | undefined => {
    if (!needsDeepLook(used, head)) return undefined;
    const left = budget.cells;
    try {
      return deepFromSheet(snapshotOf(s), used, head);
    } catch {
      budget.cells = left;
      parsed.delete(s.path);
      return undefined;
    }
  };
  const port: PackagePort = {
    applied: [],
    selection: null,
    bytes: () => bytes,
    package: () => pkg,
    probe: async () => {
      budget = { cells: LIMITS.cells };
      const { state, problem } = stateOf();
      const probes: SheetProbe[] = sheets().map((s) => {
        const head = readSheetHead(pkg, s.path, HEAD_ROWS, budget);
        // A sheet read to its end is kept: its load costs nothing more.
        if (head.complete) parsed.set(s.path, head.parsed);
        const top = head.complete ? snapshotOf(s) : toSheetSnapshot(pkg, s, head.parsed, false);
        const used = usedRange(top, head.dimension, head.complete);
        const probed = sliceSheet(
          top,
          used && { top: used.top, left: used.left, bottom: used.top + PROBE_ROWS - 1, right: used.left + PROBE_COLS - 1 },
        );
        const deep = used ? deepOf(s, used, probed) : undefined;
        return {
          name: s.name,
          visibility: s.visibility,
          used: used ? `${toA1(used.left, used.top)}:${toA1(used.right, used.bottom)}` : null,
          ...(head.complete ? { protected: head.parsed.protected } : {}),
          head: probed,
          ...(deep ? { deep } : {}),
        };
      });
      return { sheets: probes, structureProtected: pkg.structureProtected, state, stateProblem: problem };
    },
    load: async (regions) => {
      const out: SheetSnapshot[] = [];
      for (const s of sheets()) {
        const mine = regions.filter((r) => r.sheet === s.name).map((r) => parseRange(r.range));
        if (mine.length === 0) continue;
        out.push(sliceSheet(snapshotOf(s), mine.reduce(unionRange)));
      }
      const { state, problem } = stateOf();
      return {
        sheets: out,
        sheetNames: pkg.sheets.map((s) => s.name),
        structureProtected: pkg.structureProtected,
        state,
        stateProblem: problem,
      };
    },
    readFills: async (cells) => {
      const names = new Set(cells.map((c) => c.sheet));
      const snap: WorkbookSnapshot = {
        sheets: sheets()
          .filter((s) => names.has(s.name))
          .map((s) => snapshotOf(s, true)),
      };
      return fillsFromSnapshot(snap, cells, true);
    },
    apply: async (plan) => {
      // The package stays open: the patch scans only sheets not scanned yet, and hands back the new package.
      ({ bytes, pkg } = applyPlan(pkg, plan, (path) => parsed.get(path)));
      parsed = new Map();
      snapshots = new Map();
      stored = null;
      budget = { cells: LIMITS.cells };
      port.applied.push(plan);
    },
    select: async (sheet, cell) => {
      port.selection = { sheet, cell };
    },
  };
  return port;
}

const toA1 = (col: number, row: number) => `${columnLetters(col)}${row}`;

/**
 * The used range as far as the probe can tell: exact when the sheet was read to its end; otherwise
 * from the top rows down and right to the sheet's edge, since a writer's recorded dimension may be
 * short (the load keeps only the cells that exist). The dimension may only widen it to the left.
 */
function usedRange(top: SheetSnapshot, dimension: string | null, complete: boolean): RangeRef | null {
  const height = top.values.length;
  const width = top.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (height === 0 || width === 0) return complete ? null : { top: 1, left: 1, bottom: LAST_ROW, right: LAST_COL };
  const seen = { top: top.origin.row, left: top.origin.col, bottom: top.origin.row + height - 1, right: top.origin.col + width - 1 };
  if (complete) return seen;
  let left = seen.left;
  try {
    if (dimension) left = Math.min(left, parseRange(dimension).left);
  } catch {
    // An unreadable dimension is no information.
  }
  return { top: seen.top, left, bottom: LAST_ROW, right: LAST_COL };
}

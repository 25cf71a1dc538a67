/** A package's sheets as the core's snapshots: values, formats, formulas, merges clamped to real cells, fills. */
import { parseRange, rangeToA1 } from '../core';
import type { CellFill, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core';
import { LIMITS } from './zip';
import { Package, PackageSheet, ParsedSheet, STATE_SHEET_NAME, openPackage, parseSheet, readState } from './package';

/** Cells of one sheet as a snapshot. Merges are cut to the cells that exist, so `A1:XFD1048576` costs nothing. */
export function toSheetSnapshot(pkg: Package, sheet: PackageSheet, parsed: ParsedSheet, withFills = false): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const cells = parsed.rows.flatMap((r) => r.cells).filter((c) => c.value !== null || c.formula !== null);
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const base = { name: sheet.name, protected: parsed.protected };
  if (cells.length === 0) return { ...base, origin: { row: 1, col: 1 }, values: [], formats: [], formulas: [], merges: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const fills: (CellFill | null | undefined)[][] = [];
  const rowAt = (i: number) => {
    while (values.length <= i) {
      values.push([]);
      formats.push([]);
      formulas.push([]);
      if (withFills) fills.push([]);
    }
  };
  for (const c of cells) {
    const i = c.row - top;
    const j = c.col - left;
    rowAt(i);
    values[i][j] = c.value;
    formats[i][j] = pkg.styles.numFmt[c.style] ?? 'General';
    formulas[i][j] = c.formula;
  }
  if (withFills)
    for (const r of parsed.rows)
      for (const c of r.cells) {
        const i = c.row - top;
        const j = c.col - left;
        if (i < 0 || j < 0 || i >= height || j >= width) continue;
        rowAt(i);
        fills[i][j] = pkg.styles.fill[c.style] ?? null;
      }
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < values[i].length; j++) {
      if (values[i][j] === undefined) values[i][j] = null;
      if (formats[i][j] === undefined) formats[i][j] = 'General';
      if (formulas[i][j] === undefined) formulas[i][j] = null;
    }
  // Merges are clamped to the cells the sheet has (empty styled ones included).
  let lastRow = bottom;
  let lastCol = right;
  for (const r of parsed.rows)
    for (const c of r.cells) {
      lastRow = Math.max(lastRow, c.row);
      lastCol = Math.max(lastCol, c.col);
    }
  const merges: string[] = [];
  for (const m of parsed.merges) {
    let r;
    try {
      r = parseRange(m);
    } catch {
      continue;
    }
    if (r.top > lastRow || r.left > lastCol) continue;
    const clamped = { top: r.top, left: r.left, bottom: Math.min(r.bottom, lastRow), right: Math.min(r.right, lastCol) };
    if (clamped.top === clamped.bottom && clamped.left === clamped.right) continue;
    merges.push(rangeToA1(clamped));
  }
  return { ...base, origin: { row: top, col: left }, values, formats, formulas, merges, ...(withFills ? { fills } : {}) };
}

/** Every sheet but very hidden ones (the product's own state sheet among them), read whole. */
export function packageSnapshot(pkg: Package, withFills = false): WorkbookSnapshot {
  const budget = { cells: LIMITS.cells };
  const { state, problem } = readState(pkg);
  return {
    sheets: pkg.sheets
      .filter((s) => s.name !== STATE_SHEET_NAME && s.visibility !== 'VeryHidden')
      .map((s) => toSheetSnapshot(pkg, s, parseSheet(pkg, s.path, budget), withFills)),
    sheetNames: pkg.sheets.map((s) => s.name),
    structureProtected: pkg.structureProtected,
    state,
    stateProblem: problem,
  };
}

/** Reads .xlsx bytes to a snapshot of every sheet. */
export function readPackageSnapshot(data: Uint8Array): WorkbookSnapshot {
  return packageSnapshot(openPackage(data));
}

/** A package's sheets as the core's snapshots: values, formats, formulas, merges clamped to real cells, fills. */
import { fontEncoding, parseRange, rangeToA1 } from '../core';
import type { CellFill, CellValue, SheetSnapshot, TextRun, WorkbookSnapshot } from '../core';
import { LIMITS } from './zip';
import { Package, PackageSheet, ParsedSheet, STATE_SHEET_NAME, openPackage, parseSheet, readState } from './package';

/** Sets `row[j]`, filling any gap with `blank` so the row stays a packed array (cells come in column order). */
function put<T>(row: T[], j: number, v: T, blank: T): void {
  if (j < row.length) row[j] = v;
  else {
    while (row.length < j) row.push(blank);
    row.push(v);
  }
}

/** Cells of one sheet as a snapshot. Merges are cut to the cells that exist, so `A1:XFD1048576` costs nothing. */
export function toSheetSnapshot(pkg: Package, sheet: PackageSheet, parsed: ParsedSheet, withFills = false): SheetSnapshot {
  // The box of the cells that hold something, and the extent of every cell (empty styled ones too).
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let lastRow = 0;
  let lastCol = 0;
  for (const r of parsed.rows)
    for (const c of r.cells) {
      if (c.row > lastRow) lastRow = c.row;
      if (c.col > lastCol) lastCol = c.col;
      if (c.value === null && c.formula === null) continue;
      if (c.row < top) top = c.row;
      if (c.col < left) left = c.col;
      if (c.row > bottom) bottom = c.row;
      if (c.col > right) right = c.col;
    }
  const base = { name: sheet.name, protected: parsed.protected };
  if (bottom === 0) return { ...base, origin: { row: 1, col: 1 }, values: [], formats: [], formulas: [], merges: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const grid = <T>() => Array.from({ length: height }, () => [] as T[]);
  const values = grid<CellValue>();
  const formats = grid<string>();
  const formulas = grid<string | null>();
  const fills = withFills ? grid<CellFill | null | undefined>() : [];
  // The fonts of text cells, only where they are old Vietnamese ones (nothing for a Unicode workbook).
  let fonts: (string | null | undefined)[][] | null = null;
  let runs: (TextRun[] | null | undefined)[][] | null = null;
  const { numFmt, fill, fontName } = pkg.styles;
  for (const r of parsed.rows)
    for (const c of r.cells) {
      const i = c.row - top;
      const j = c.col - left;
      if (i < 0 || j < 0 || i >= height || j >= width) continue;
      if (withFills) put(fills[i], j, fill[c.style] ?? null, undefined);
      if (c.value === null && c.formula === null) continue;
      put(values[i], j, c.value, null);
      put(formats[i], j, numFmt[c.style] ?? 'General', 'General');
      put(formulas[i], j, c.formula, null);
      if (typeof c.value === 'string') {
        const font = fontName[c.style];
        if (font && fontEncoding(font)) put((fonts ??= grid())[i], j, font, undefined);
        if (c.runs) put((runs ??= grid())[i], j, c.runs, undefined);
      }
    }
  // Merges are clamped to the cells the sheet has (empty styled ones included).
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
  return {
    ...base,
    origin: { row: top, col: left },
    values,
    formats,
    formulas,
    merges,
    ...(withFills ? { fills } : {}),
    ...(fonts ? { fonts } : {}),
    ...(runs ? { runs } : {}),
  };
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

/**
 * The preview's files on the package engine: open bytes → the port the pane uses, the visible
 * sheets as the grid draws them, cell edits as write plans; download → the patched bytes, read back
 * and compared with the opened file first. Every part the preview did not write stays byte for byte.
 */
import { cellText, parseRange, rangeToA1 } from '../core';
import type { CellValue, Lang, WritePlan } from '../core';
import { PackagePort, STATE_SHEET_NAME, createPackagePort, openPackage, plannedCells, verifyPackage } from '../xlsx';
import type { Package, ParsedCell, ParsedSheet } from '../xlsx/package';
import { parseSheet } from '../xlsx/package';
import { LIMITS } from '../xlsx/zip';
import { displayNumber } from './sheet-view';
import type { SheetView } from './sheet-view';

export interface OpenedFile {
  name: string;
  port: PackagePort;
  /** The visible sheets, in workbook order. */
  sheets(): string[];
  /** A sheet as the grid draws it, read from the package as it stands now. */
  view(sheet: string): SheetView | null;
  /** A value typed into a cell, written as Excel would store it. */
  edit(sheet: string, cell: string, value: string | number | null): Promise<void>;
  /** The file to save: every change applied, read back and compared with the opened file (throws `verify-failed`). */
  download(): Uint8Array;
}

const DEFAULT_ROW_PX = 20;
const DEFAULT_COL_PX = 68;

/** Opens .xlsx bytes; throws the coded WorkbookError of a file it cannot read. */
export function openFile(name: string, bytes: Uint8Array): OpenedFile {
  const port = createPackagePort(bytes);
  let current: { bytes: Uint8Array; pkg: Package; views: Map<string, SheetView> } | null = null;
  const state = () => {
    const now = port.bytes();
    if (current?.bytes !== now) current = { bytes: now, pkg: openPackage(now), views: new Map() };
    return current;
  };
  const visible = () => state().pkg.sheets.filter((s) => s.visibility === 'Visible' && s.name !== STATE_SHEET_NAME);
  return {
    name,
    port,
    sheets: () => visible().map((s) => s.name),
    view: (sheet) => {
      const { pkg, views } = state();
      const s = visible().find((x) => x.name === sheet);
      if (!s) return null;
      let v = views.get(sheet);
      if (!v) views.set(sheet, (v = packageView(pkg, sheet, parseSheet(pkg, s.path, { cells: LIMITS.cells }))));
      return v;
    },
    edit: async (sheet, cell, value) => {
      // An emptied cell holds empty text: the checks read it as blank.
      const plan: WritePlan = { cells: [{ sheet, cell, value: value ?? '' }], fills: [] };
      await port.apply(plan);
    },
    download: () => {
      const out = port.bytes();
      const allowed = new Set(port.applied.flatMap(plannedCells).map((c) => `${c.sheet}!${c.cell.replace(/\$/g, '')}`));
      allowed.add(`${STATE_SHEET_NAME}!A1`);
      verifyPackage(bytes, out, allowed);
      return out;
    },
  };
}

/** A parsed sheet as the grid sees it: values as the reader's Excel shows them, fills, bold and italic, sizes. */
export function packageView(pkg: Package, name: string, parsed: ParsedSheet): SheetView {
  const byPos = new Map<number, ParsedCell>();
  let rows = 0;
  let cols = 0;
  const heights = new Map<number, number>();
  for (const r of parsed.rows) {
    const ht = /\bht\s*=\s*["']([\d.]+)["']/.exec(parsed.xml.slice(r.start, r.open));
    if (ht) heights.set(r.row, Number(ht[1]));
    for (const c of r.cells) {
      byPos.set(c.row * 16_384 + c.col, c);
      if (c.value !== null || c.formula !== null || (pkg.styles.fill[c.style] ?? null) !== null) {
        rows = Math.max(rows, c.row);
        cols = Math.max(cols, c.col);
      }
    }
  }
  // Column widths (in characters) from <cols>, before the cells.
  const widths = new Map<number, number>();
  const head = parsed.dataOpen > 0 ? parsed.xml.slice(0, parsed.dataOpen) : '';
  for (const m of head.matchAll(/<(?:[\w.-]+:)?col\b([^>]*)>/g)) {
    const a = (k: string) => new RegExp(`\\b${k}\\s*=\\s*["']([^"']*)["']`).exec(m[1])?.[1];
    const [min, max, width] = [Number(a('min')), Number(a('max')), Number(a('width'))];
    if (!min || !max || !width) continue;
    for (let c = min; c <= Math.min(max, Math.max(cols, min) + 50); c++) widths.set(c, width);
  }
  const merges: string[] = [];
  for (const m of parsed.merges) {
    try {
      const r = parseRange(m);
      if (r.top > rows || r.left > cols) continue;
      merges.push(rangeToA1({ ...r, bottom: Math.min(r.bottom, rows), right: Math.min(r.right, cols) }));
    } catch {
      // A merge the sheet cannot hold is not drawn.
    }
  }
  return {
    name,
    rows,
    cols,
    merges,
    colWidth: (c) => (widths.has(c) ? Math.round((widths.get(c) as number) * 7 + 5) : DEFAULT_COL_PX),
    rowHeight: (r) => (heights.has(r) ? Math.max(Math.round(((heights.get(r) as number) * 4) / 3), 16) : DEFAULT_ROW_PX),
    cell(r, c, lang: Lang) {
      const cell = byPos.get(r * 16_384 + c);
      if (!cell) return null;
      const fmt = pkg.styles.numFmt[cell.style];
      const fill = pkg.styles.fill[cell.style];
      const font = pkg.styles.font[cell.style];
      const v: CellValue = cell.value;
      return {
        text:
          typeof v === 'number'
            ? (displayNumber(v, fmt, lang) ?? String(v))
            : typeof v === 'boolean'
              ? v
                ? 'TRUE'
                : 'FALSE'
              : cellText(v),
        ...(fill ? { fill: fill.color } : {}),
        ...(font?.bold ? { bold: true } : {}),
        ...(font?.italic ? { italic: true } : {}),
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(typeof v === 'number' ? { number: true } : {}),
      };
    },
  };
}

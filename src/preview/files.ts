/**
 * The preview's files on the package engine: open bytes → the port the pane uses, the visible
 * sheets as the grid draws them, cell edits as write plans; download → the patched bytes, read back
 * and compared with the opened file first. Every part the preview did not write stays byte for byte.
 */
import { WorkbookError, parseRange, rangeToA1 } from '../core';
import type { CellValue, WritePlan } from '../core';
import { PackagePort, STATE_SHEET_NAME, createPackagePort } from '../xlsx';
import { save } from '../app/save';
import type { Package, ParsedSheet } from '../xlsx/package';
import { parseSheet } from '../xlsx/package';
import { LIMITS } from '../xlsx/zip';
import { CHAR_PX, DEFAULT_COL_PX, viewFromData } from './sheet-view';
import type { SheetView, ViewData, ViewStyle } from './sheet-view';

export interface OpenedFile {
  name: string;
  port: PackagePort;
  /** The visible sheets, in workbook order. */
  sheets(): string[];
  /** A sheet as the grid draws it, read from the package as it stands now. */
  view(sheet: string): SheetView | null;
  /** The same as plain data (what a worker sends to the page). */
  viewData(sheet: string): ViewData | null;
  /** A value typed into a cell, written as Excel would store it. */
  edit(sheet: string, cell: string, value: string | number | null): Promise<void>;
  /** The file to save: every change applied, read back and compared with the opened file (throws `verify-failed`). */
  download(): Uint8Array;
}

/** Opens .xlsx bytes; throws the coded WorkbookError of a file it cannot read. */
export function openFile(name: string, bytes: Uint8Array): OpenedFile {
  const port = createPackagePort(bytes);
  let current: { bytes: Uint8Array; pkg: Package; views: Map<string, ViewData> } | null = null;
  const state = () => {
    const now = port.bytes();
    if (current?.bytes !== now) current = { bytes: now, pkg: port.package(), views: new Map() };
    return current;
  };
  const visible = () => state().pkg.sheets.filter((s) => s.visibility === 'Visible' && s.name !== STATE_SHEET_NAME);
  const viewData = (sheet: string): ViewData | null => {
    const { pkg, views } = state();
    const s = visible().find((x) => x.name === sheet);
    if (!s) return null;
    let v = views.get(sheet);
    if (!v) views.set(sheet, (v = packageViewData(pkg, sheet, parseSheet(pkg, s.path, { cells: LIMITS.cells }))));
    return v;
  };
  return {
    name,
    port,
    sheets: () => visible().map((s) => s.name),
    viewData: (sheet) => viewData(sheet),
    view: (sheet) => {
      const d = viewData(sheet);
      return d && viewFromData(d);
    },
    edit: async (sheet, cell, value) => {
      // An emptied cell holds empty text: the checks read it as blank.
      const plan: WritePlan = { cells: [{ sheet, cell, value: value ?? '' }], fills: [] };
      await port.apply(plan);
    },
    download: () => {
      const saved = save(port, bytes);
      if (saved.status === 'failed') throw new WorkbookError(saved.problem);
      return saved.bytes;
    },
  };
}

/** A parsed sheet as the grid sees it, as plain data: values as stored, each cell's look, sizes in CSS pixels. */
export function packageViewData(pkg: Package, name: string, parsed: ParsedSheet): ViewData {
  let rows = 0;
  let cols = 0;
  let n = 0;
  const heights: [number, number][] = [];
  for (const r of parsed.rows) {
    n += r.cells.length;
    const ht = /\bht\s*=\s*["']([\d.]+)["']/.exec(parsed.xml.slice(r.start, r.open));
    if (ht) heights.push([r.row, Math.max(Math.round((Number(ht[1]) * 4) / 3), 16)]);
  }
  const cellRows = new Uint32Array(n);
  const cellCols = new Uint16Array(n);
  const cellStyles = new Uint32Array(n);
  const values: CellValue[] = new Array(n);
  const formulas: [number, string][] = [];
  const styles: ViewStyle[] = [];
  const styleIndex = new Map<number, number>();
  let i = 0;
  for (const r of parsed.rows)
    for (const c of r.cells) {
      let s = styleIndex.get(c.style);
      if (s === undefined) {
        const fill = pkg.styles.fill[c.style];
        const font = pkg.styles.font[c.style];
        const numFmt = pkg.styles.numFmt[c.style];
        styleIndex.set(c.style, (s = styles.length));
        styles.push({
          ...(numFmt ? { numFmt } : {}),
          ...(fill ? { fill: fill.color } : {}),
          ...(font?.bold ? { bold: true } : {}),
          ...(font?.italic ? { italic: true } : {}),
          ...(pkg.styles.wrap[c.style] ? { wrap: true } : {}),
        });
      }
      cellRows[i] = c.row;
      cellCols[i] = c.col;
      cellStyles[i] = s;
      values[i] = c.value;
      if (c.formula) formulas.push([i, c.formula]);
      if (c.value !== null || c.formula !== null || styles[s].fill !== undefined) {
        rows = Math.max(rows, c.row);
        cols = Math.max(cols, c.col);
      }
      i++;
    }
  // Column widths (in characters) from <cols>, before the cells.
  const widths: [number, number][] = [];
  const head = parsed.dataOpen > 0 ? parsed.xml.slice(0, parsed.dataOpen) : '';
  for (const m of head.matchAll(/<(?:[\w.-]+:)?col\b([^>]*)>/g)) {
    const a = (k: string) => new RegExp(`\\b${k}\\s*=\\s*["']([^"']*)["']`).exec(m[1])?.[1];
    const [min, max, width] = [Number(a('min')), Number(a('max')), Number(a('width'))];
    if (!min || !max || !width) continue;
    for (let c = min; c <= Math.min(max, Math.max(cols, min) + 50); c++) widths.push([c, Math.round(width * 7 + 5)]);
  }
  // A row without a height of its own is as tall as its wrapped texts, as Excel fits it.
  const fixed = new Set(heights.map(([r]) => r));
  const widthOf = new Map(widths);
  const fit = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (typeof v !== 'string' || !styles[cellStyles[k]].wrap || fixed.has(cellRows[k])) continue;
    const room = Math.max(1, (widthOf.get(cellCols[k]) ?? DEFAULT_COL_PX) - 8);
    const lines = v.split('\n').reduce((t, l) => t + Math.max(1, Math.ceil((l.length * CHAR_PX) / room)), 0);
    if (lines > 1) fit.set(cellRows[k], Math.max(fit.get(cellRows[k]) ?? 0, lines * 16 + 4));
  }
  for (const [r, px] of fit) heights.push([r, Math.min(px, 409)]);
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
  return { name, rows, cols, merges, widths, heights, cellRows, cellCols, values, cellStyles, styles, formulas, frozen: frozenOf(head) };
}

/** The rows and columns a sheet freezes, from its first sheet view's frozen pane. */
export function frozenOf(head: string): { rows: number; cols: number } {
  const pane = /<(?:[\w.-]+:)?pane\b([^>]*)>/.exec(head)?.[1];
  if (!pane || !/\bstate\s*=\s*["']frozen(Split)?["']/.test(pane)) return { rows: 0, cols: 0 };
  const a = (k: string) => Math.floor(Number(new RegExp(`\\b${k}\\s*=\\s*["']([^"']*)["']`).exec(pane)?.[1] ?? 0)) || 0;
  return { rows: Math.min(Math.max(a('ySplit'), 0), 100), cols: Math.min(Math.max(a('xSplit'), 0), 50) };
}

/**
 * What the grid shows of a sheet, independent of the library holding the workbook: the preview
 * builds one from its workbook; the grid only reads cells in view.
 */
import type { CellValue, Lang } from '../core';
import { cellText, formatNumber } from '../core';

export interface ViewCell {
  text: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** The formula, for the tooltip. */
  formula?: string;
  /** Numbers align right, as in a spreadsheet. */
  number?: boolean;
  /** The text wraps onto several lines within the cell (Excel's "Wrap Text"). */
  wrap?: boolean;
}

export interface SheetView {
  name: string;
  /** Last used row and column (the grid shows more, to scroll beyond). */
  rows: number;
  cols: number;
  cell(row: number, col: number, lang: Lang): ViewCell | null;
  merges: string[];
  /** Widths and heights in CSS pixels. */
  colWidth(col: number): number;
  rowHeight(row: number): number;
  /** Rows and columns frozen at the top and left (Excel's frozen panes). */
  frozen: { rows: number; cols: number };
}

/** Decimals a number format shows ('0.00' → 2, '0%' → 0), or undefined for General. */
function decimalsOf(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const clean = numFmt.replace(/"[^"]*"/g, '');
  const m = /0\.(0+)/.exec(clean);
  if (m) return m[1].length;
  return /(^|[^.#0])0%?$/.test(clean) || /#,##0$/.test(clean) ? 0 : undefined;
}

/**
 * A number as the reader's Excel would show it: 99,10 and 169.800 in Vietnamese, 99.10 and 169,800
 * in English; percentages scaled. Dates and text formats keep the library's own text.
 */
export function displayNumber(v: number, numFmt: string | undefined, lang: Lang): string | null {
  const fmt = numFmt ?? 'General';
  if (/[dmyhs]/i.test(fmt.replace(/"[^"]*"/g, '').replace(/General/i, '')) || fmt === '@') return null;
  const d = decimalsOf(fmt);
  if (/%/.test(fmt.replace(/"[^"]*"/g, ''))) return `${formatNumber(v * 100, lang, d ?? 0)}%`;
  const grouped = /#,##0/.test(fmt) || Number.isInteger(v);
  const s = formatNumber(v, lang, d);
  return grouped ? s : s.replace(lang === 'vi' ? /\./g : /,/g, '');
}

/** A cell's look, shared by the cells that have it. */
export interface ViewStyle {
  numFmt?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
}

/**
 * A sheet's view as plain data, to cross from the worker that reads the file to the page that draws
 * it (structured clone: arrays, no functions). Cells are listed in parallel arrays.
 */
export interface ViewData {
  name: string;
  rows: number;
  cols: number;
  merges: string[];
  /** [column, px] and [row, px] where they differ from the defaults. */
  widths: [number, number][];
  heights: [number, number][];
  cellRows: Uint32Array;
  cellCols: Uint16Array;
  values: CellValue[];
  /** Index into `styles` per cell. */
  cellStyles: Uint32Array;
  styles: ViewStyle[];
  /** [cell index, formula] for the cells that have one. */
  formulas: [number, string][];
  /** Frozen rows and columns (`<pane xSplit ySplit state="frozen">`). */
  frozen: { rows: number; cols: number };
}

export const DEFAULT_ROW_PX = 20;
export const DEFAULT_COL_PX = 68;

/** The grid's view of view data: cells looked up by position, numbers written the reader's way. */
export function viewFromData(d: ViewData): SheetView {
  const at = new Map<number, number>();
  for (let i = 0; i < d.values.length; i++) at.set(d.cellRows[i] * 16_384 + d.cellCols[i], i);
  const formulas = new Map(d.formulas);
  const widths = new Map(d.widths);
  const heights = new Map(d.heights);
  return {
    name: d.name,
    rows: d.rows,
    cols: d.cols,
    merges: d.merges,
    frozen: d.frozen,
    colWidth: (c) => widths.get(c) ?? DEFAULT_COL_PX,
    rowHeight: (r) => heights.get(r) ?? DEFAULT_ROW_PX,
    cell(r, c, lang) {
      const i = at.get(r * 16_384 + c);
      if (i === undefined) return null;
      const st = d.styles[d.cellStyles[i]];
      const v = d.values[i];
      const formula = formulas.get(i);
      return {
        text:
          typeof v === 'number'
            ? (displayNumber(v, st.numFmt, lang) ?? String(v))
            : typeof v === 'boolean'
              ? v
                ? 'TRUE'
                : 'FALSE'
              : cellText(v),
        ...(st.fill ? { fill: st.fill } : {}),
        ...(st.bold ? { bold: true } : {}),
        ...(st.italic ? { italic: true } : {}),
        ...(st.wrap ? { wrap: true } : {}),
        ...(formula ? { formula } : {}),
        ...(typeof v === 'number' ? { number: true } : {}),
      };
    },
  };
}

/** About the width of a character of the grid's 13px font, to tell whether a text fits. */
export const CHAR_PX = 7;
/** The cell's padding, left and right. */
const PAD_PX = 8;
/** Neighbours a text may spill into, at most. */
const MAX_SPILL = 30;

/** A text's width on one line in CSS pixels, about: its longest line. */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((l) => l.length)) * CHAR_PX;
}

/**
 * How many empty neighbours to its right a cell's text spills into, as in Excel: a text that is
 * wider than its cell, neither a number nor wrapped, runs on over empty cells (not covered by a
 * merge) until it fits or meets a cell with a value.
 */
export function spillCols(view: SheetView, row: number, col: number, lang: Lang, covered?: (r: number, c: number) => boolean): number {
  const v = view.cell(row, col, lang);
  if (!v || !v.text || v.number || v.wrap) return 0;
  const need = textWidth(v.text) + PAD_PX;
  let width = view.colWidth(col);
  let n = 0;
  while (width < need && n < MAX_SPILL) {
    const c = col + n + 1;
    if (covered?.(row, c) || view.cell(row, c, lang)?.text) break;
    width += view.colWidth(c);
    n++;
  }
  return n;
}

/** Whether a text shows only in part in a box of this size (then the grid gives its full text as a tooltip). */
export function clipped(text: string, width: number, height: number, wrap: boolean): boolean {
  const room = Math.max(1, width - PAD_PX);
  const lines = wrap
    ? text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil((l.length * CHAR_PX) / room)), 0)
    : text.split('\n').length;
  if (!wrap && textWidth(text) > room) return true;
  return lines * 16 > height;
}

/**
 * What the grid shows of a sheet, independent of the library holding the workbook: the preview
 * builds one from its workbook; the grid only reads cells in view.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../core';
import { formatNumber } from '../core';
import { mergesOf, toCellFill } from '../xlsx/read';

export interface ViewCell {
  text: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** The formula, for the tooltip. */
  formula?: string;
  /** Numbers align right, as in a spreadsheet. */
  number?: boolean;
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
}

const DEFAULT_ROW_PX = 20;

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

/** An ExcelJS worksheet as the grid sees it. */
export function excelJsView(ws: ExcelJS.Worksheet): SheetView {
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  return {
    name: ws.name,
    rows,
    cols: ws.columnCount,
    merges: mergesOf(ws),
    colWidth: (c) => Math.round((ws.getColumn(c).width ?? 9) * 7 + 5),
    rowHeight: (r) => {
      const h = r <= rows ? ws.findRow(r)?.height : undefined;
      return h ? Math.max(Math.round((h * 4) / 3), 16) : DEFAULT_ROW_PX;
    },
    cell(r, c, lang) {
      const cell = ws.findCell(r, c);
      if (!cell) return null;
      const v = cell.value;
      const raw = v && typeof v === 'object' && 'result' in v ? (v as ExcelJS.CellFormulaValue).result : v;
      const shown = typeof raw === 'number' ? displayNumber(raw, cell.numFmt, lang) : null;
      const fill = toCellFill(cell.fill);
      return {
        text: shown ?? cell.text,
        ...(fill ? { fill: fill.color } : {}),
        ...(cell.font?.bold ? { bold: true } : {}),
        ...(cell.font?.italic ? { italic: true } : {}),
        ...(cell.formula ? { formula: `=${cell.formula.replace(/_xlfn\./g, '')}` } : {}),
        ...(typeof raw === 'number' ? { number: true } : {}),
      };
    },
  };
}

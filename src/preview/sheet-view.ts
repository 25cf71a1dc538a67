/**
 * What the grid shows of a sheet, independent of the library holding the workbook: the preview
 * builds one from its workbook; the grid only reads cells in view.
 */
import type { Lang } from '../core';
import { formatNumber } from '../core';

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

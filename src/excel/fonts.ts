/// <reference types="office-js" />
/**
 * The fonts of the text cells Excel loads, where they are old Vietnamese ones (`.VnTime`, `VNI-Times`):
 * the strongest sign that text is TCVN3 or VNI, and the only one for a `.VnTimeH` line's capitals.
 * Read with the load (read.ts), in its own syncs:
 * - each loaded band's font as a whole (`range.format.font.name`, ExcelApi 1.1) in the band's sync: a
 *   band in one font costs nothing more, whatever the workbook;
 * - a band whose fonts differ (the name comes back null) and that holds text a single-byte font could
 *   have written: those cells' fonts in one more sync (more only for a very large table), per cell
 *   through `getCellProperties` (ExcelApi 1.9) in boxes of FONT_QUERY_CELLS, else each cell's own
 *   `format.font.name` (1.1), FONT_CELLS per sync as the fills are read.
 * Excel's JavaScript API does not give rich-text runs: a cell is read in its own font.
 */
import { fontEncoding, rangeToA1 } from '../core';
import { beyondSingleByte } from '../core/text/legacy';
import type { RangeRef, SheetSnapshot } from '../core';
import type { ExcelHost } from './host';

/** Cells per `getCellProperties` query (each cell comes back as about 40 bytes). */
export const FONT_QUERY_CELLS = 4000;
/** Cells whose fonts one sync asks by `getCellProperties`: about 500 KB of response. */
export const FONT_SYNC_CELLS = 12000;
/** Cells whose own fonts one sync asks on ExcelApi 1.1 (each costs about 700–900 bytes of request, as a fill does). */
export const FONT_CELLS = 1000;

/** A text cell whose font is still to learn: 1-based row and column. */
export interface FontCell {
  sheet: string;
  row: number;
  col: number;
}

/** Text a single-byte font could have written: a legacy font decides how it reads. */
export const fontMatters = (v: unknown): v is string => typeof v === 'string' && v !== '' && !beyondSingleByte(v);

/** Records `font` for a cell of `s` (1-based row and column) where it is an old Vietnamese one. */
export function recordFont(s: SheetSnapshot, row: number, col: number, font: string | null | undefined): void {
  if (!font || !fontEncoding(font)) return;
  const i = row - s.origin.row;
  const j = col - s.origin.col;
  const fonts = (s.fonts ??= []);
  (fonts[i] ??= [])[j] = font;
}

/**
 * After a band's sync: its font as a whole, recorded for its text cells when it is an old one; when
 * the band mixes fonts, its text cells that need their own font are returned.
 */
export function takeBandFont(s: SheetSnapshot, sheet: string, box: RangeRef, whole: string | null): FontCell[] {
  const later: FontCell[] = [];
  const old = whole !== null && fontEncoding(whole) !== null;
  for (let row = box.top; row <= box.bottom; row++) {
    const line = s.values[row - s.origin.row] ?? [];
    for (let col = box.left; col <= box.right; col++) {
      const v = line[col - s.origin.col];
      if (typeof v !== 'string' || v === '') continue;
      if (old) recordFont(s, row, col, whole);
      else if (whole === null && fontMatters(v)) later.push({ sheet, row, col });
    }
  }
  return later;
}

/** Boxes over the cells, per sheet: consecutive rows of the cells' columns, at most FONT_QUERY_CELLS each. */
function boxesOf(cells: FontCell[]): { sheet: string; box: RangeRef }[] {
  const bySheet = new Map<string, FontCell[]>();
  for (const c of cells) (bySheet.get(c.sheet) ?? bySheet.set(c.sheet, []).get(c.sheet)!).push(c);
  const out: { sheet: string; box: RangeRef }[] = [];
  for (const [sheet, list] of bySheet) {
    // Not Math.min(...list): a very large table would overflow the call's arguments.
    const left = list.reduce((m, c) => Math.min(m, c.col), Infinity);
    const right = list.reduce((m, c) => Math.max(m, c.col), 0);
    const rows = [...new Set(list.map((c) => c.row))].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(FONT_QUERY_CELLS / (right - left + 1)));
    let k = 0;
    while (k < rows.length) {
      const top = rows[k];
      while (k < rows.length && rows[k] - top < step) k++;
      out.push({ sheet, box: { top, bottom: rows[k - 1], left, right } });
    }
  }
  return out;
}

/** The fonts of the cells (text in bands of mixed fonts), recorded in their sheets; a sync per FONT_SYNC_CELLS (1.9) or FONT_CELLS (1.1). */
export async function readCellFonts(
  context: Excel.RequestContext,
  host: ExcelHost,
  cells: FontCell[],
  snaps: Map<string, SheetSnapshot>,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  if (host.isSetSupported('ExcelApi', '1.9')) {
    const wanted = new Set(cells.map((c) => `${c.sheet}\u0000${c.row},${c.col}`));
    const todo = boxesOf(cells);
    while (todo.length > 0) {
      const batch: { sheet: string; box: RangeRef; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      let n = 0;
      while (todo.length > 0) {
        const { sheet, box } = todo[0];
        const size = (box.bottom - box.top + 1) * (box.right - box.left + 1);
        if (batch.length > 0 && n + size > FONT_SYNC_CELLS) break;
        todo.shift();
        n += size;
        const props = sheets
          .getItem(sheet)
          .getRange(rangeToA1(box))
          .getCellProperties({ format: { font: { name: true } } });
        batch.push({ sheet, box, props });
      }
      await context.sync();
      for (const { sheet, box, props } of batch) {
        const s = snaps.get(sheet)!;
        props.value.forEach((line, i) =>
          line.forEach((p, j) => {
            const row = box.top + i;
            const col = box.left + j;
            if (wanted.has(`${sheet}\u0000${row},${col}`)) recordFont(s, row, col, p.format?.font?.name);
          }),
        );
      }
    }
    return;
  }
  for (let from = 0; from < cells.length; from += FONT_CELLS) {
    const reads = cells.slice(from, from + FONT_CELLS).map((c) => {
      const font = sheets.getItem(c.sheet).getRange(rangeToA1({ top: c.row, bottom: c.row, left: c.col, right: c.col })).format.font;
      font.load('name');
      return { c, font };
    });
    await context.sync();
    for (const { c, font } of reads) recordFont(snaps.get(c.sheet)!, c.row, c.col, font.name);
  }
}

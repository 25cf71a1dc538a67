/**
 * The fonts of the text cells Excel loaded, where they are old Vietnamese ones (`.VnTime`, `VNI-Times`):
 * the strongest sign that text is TCVN3 or VNI. Per cell through `getCellProperties` (ExcelApi 1.9);
 * on older Excel, the font of each loaded region as a whole (`range.format.font.name`, ExcelApi 1.1,
 * null when the region mixes fonts). Otherwise the core judges by the characters alone. Excel's
 * JavaScript API does not give rich-text runs: a cell is read in its own font. Not yet called by the
 * port: its queries belong in the load's own sync (read.ts), so a read keeps its round trips.
 */
import { fontEncoding, rangeToA1 } from '../core';
import type { SheetSnapshot, WorkbookSnapshot } from '../core';
import type { ExcelHost } from './host';

/** Cells per `getCellProperties` query (each cell comes back as a small object). */
export const FONT_QUERY_CELLS = 4000;

interface Query {
  sheet: SheetSnapshot;
  /** 0-based first row of the query in the sheet's grid. */
  top: number;
  rows: number;
  width: number;
  cells?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  whole?: Excel.RangeFont;
}

const hasText = (s: SheetSnapshot) => s.values.some((r) => r?.some((v) => typeof v === 'string' && v !== ''));

/** The loaded sheets with their `fonts` set where a text cell's font is an old Vietnamese one. One round trip. */
export function withTextFonts(host: ExcelHost, snap: WorkbookSnapshot): Promise<WorkbookSnapshot> {
  const sheets = snap.sheets.filter(hasText);
  if (sheets.length === 0) return Promise.resolve(snap);
  const perCell = host.isSetSupported('ExcelApi', '1.9');
  return host.run(async (context) => {
    const queries: Query[] = [];
    for (const s of sheets) {
      const width = s.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
      const step = perCell ? Math.max(1, Math.floor(FONT_QUERY_CELLS / Math.max(1, width))) : s.values.length;
      for (let top = 0; top < s.values.length; top += step) {
        const rows = Math.min(step, s.values.length - top);
        const box = { top: s.origin.row + top, left: s.origin.col, bottom: s.origin.row + top + rows - 1, right: s.origin.col + width - 1 };
        const range = context.workbook.worksheets.getItem(s.name).getRange(rangeToA1(box));
        const q: Query = { sheet: s, top, rows, width };
        if (perCell) q.cells = range.getCellProperties({ format: { font: { name: true } } });
        else {
          range.format.font.load('name');
          q.whole = range.format.font;
        }
        queries.push(q);
      }
    }
    await context.sync();
    const grids = new Map<SheetSnapshot, (string | null | undefined)[][]>();
    for (const q of queries) {
      const grid = grids.get(q.sheet) ?? grids.set(q.sheet, []).get(q.sheet)!;
      for (let i = 0; i < q.rows; i++) {
        const row = q.sheet.values[q.top + i] ?? [];
        row.forEach((v, j) => {
          if (typeof v !== 'string' || v === '') return;
          const name = q.cells ? q.cells.value[i]?.[j]?.format?.font?.name : (q.whole?.name ?? undefined);
          if (name && fontEncoding(name)) (grid[q.top + i] ??= [])[j] = name;
        });
      }
    }
    return {
      ...snap,
      sheets: snap.sheets.map((s) => {
        const g = grids.get(s);
        return g && g.some((r) => r?.some(Boolean)) ? { ...s, fonts: g } : s;
      }),
    };
  });
}

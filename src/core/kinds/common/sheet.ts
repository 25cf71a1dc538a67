/**
 * What every kind reads the same way in a sheet, read once per sheet and shared by the kinds of one
 * check (and the finders of one locate): the merged areas, the rows that hold short text (where a
 * header may be) with those texts folded, and the title block above a table.
 */
import { parseRange } from '../../figures/address';
import { fold } from '../../figures/text';
import { SheetSnapshot, cellAt, cellText, sheetBounds } from '../../workbook/snapshot';

/** Merged areas as a lookup from each covered cell to the merge's top-left cell. */
export interface MergeLookup {
  get(row: number, col: number): { row: number; col: number } | undefined;
}

const mergeMemo = new WeakMap<SheetSnapshot, MergeLookup>();

/** The sheet's merges as a MergeLookup, made once per sheet (every kind's recognizer asks). */
export function mergeMap(sheet: SheetSnapshot): MergeLookup {
  let lookup = mergeMemo.get(sheet);
  if (lookup) return lookup;
  // Rows to columns: no key string is made for each cell looked up.
  const rows = new Map<number, ({ row: number; col: number } | undefined)[]>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 400) continue;
    const topLeft = { row: r.top, col: r.left };
    for (let row = r.top; row <= r.bottom; row++) {
      let cols = rows.get(row);
      if (!cols) rows.set(row, (cols = []));
      for (let col = r.left; col <= r.right; col++) cols[col] = topLeft;
    }
  }
  lookup = { get: (row, col) => rows.get(row)?.[col] };
  mergeMemo.set(sheet, lookup);
  return lookup;
}

/** A row holding short text: its texts folded, each with the length it had as written. */
export interface TextRow {
  row: number;
  texts: string[];
  lengths: number[];
}

/** What every kind reads the same way in one sheet: computed once per check, shared by the kinds. */
export interface SheetMemo {
  /** Rows that hold short text (where a header may be), each with those texts folded. */
  rows: TextRow[];
  merged: MergeLookup | null;
  /** Header texts by `row * 2 + headerRows - 1` (the tables of units). */
  headers: Map<number, string[][]>;
}

/** The per-sheet readings one check shares between kinds (and one locate between finders). */
export type SheetReadings = Map<SheetSnapshot, SheetMemo>;

/**
 * Different headers of one sheet whose rows a kind reads at most: the rows under a header run down the
 * sheet, so a sheet costs a bounded number of passes, never headers × rows (a sheet holds one table of a kind).
 */
export const MAX_HEADERS_TRIED = 8;

/** Text longer than this is no header word. */
export const SHORT_TEXT = 60;

/** The sheet's readings: one pass over its cells, made once per sheet whatever the number of kinds. */
export function sheetMemo(sheet: SheetSnapshot, memo: SheetReadings): SheetMemo {
  let m = memo.get(sheet);
  if (m) return m;
  const rows: TextRow[] = [];
  for (let i = 0; i < sheet.values.length; i++) {
    const texts: string[] = [];
    const lengths: number[] = [];
    for (const v of sheet.values[i] ?? [])
      if (typeof v === 'string' && v.length <= SHORT_TEXT) {
        texts.push(fold(v));
        lengths.push(v.length);
      }
    if (texts.length > 0) rows.push({ row: sheet.origin.row + i, texts, lengths });
  }
  memo.set(sheet, (m = { rows, merged: null, headers: new Map() }));
  return m;
}

/** The sheet's merges, from its readings. */
export const mergesOf = (sheet: SheetSnapshot, m: SheetMemo): MergeLookup => (m.merged ??= mergeMap(sheet));

const YEAR = /\bnam\s+((?:19|20)\d{2})\b/;
const OFFICE = /((?:BHXH|Bảo hiểm xã hội)\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|liên huyện|khu vực|cơ sở)\s+[^()\n,;:]+)/i;

export function readTitle(sheet: SheetSnapshot, headerTop: number): { year: number | null; office: string | null; titled: boolean } {
  const lines: string[] = [];
  const { lastCol } = sheetBounds(sheet);
  for (let r = Math.max(sheet.origin.row, headerTop - 20); r < headerTop; r++)
    for (let c = sheet.origin.col; c <= lastCol; c++) {
      const t = cellText(cellAt(sheet, r, c));
      if (t) lines.push(t);
    }
  const folded = lines.map(fold).join('\n');
  const y = YEAR.exec(folded) ?? /\b(20\d{2})\b/.exec(folded);
  let office: string | null = null;
  for (const l of lines) {
    const m = OFFICE.exec(l);
    if (m) {
      // "… của Bảo hiểm xã hội tỉnh Đắk Nông năm 2020": the office ends before the year.
      office = m[1]
        .replace(/\s+năm\s+\d{4}.*$/i, '')
        .replace(/[\s.)]+$/, '')
        .trim();
      break;
    }
  }
  const titled = /phu luc|thong ke so lieu|cai cach hanh chinh/.test(folded);
  return { year: y ? Number(y[1]) : null, office, titled };
}

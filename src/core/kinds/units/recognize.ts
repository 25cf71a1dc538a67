/**
 * Finds a table of units (or components) described by a `UnitKind` on any sheet: its header (one or
 * two rows, any start cell, accents or not), its columns, its rows, the total row (first or last) and
 * the title block above it.
 */
import { columnLetters, toA1 } from '../../figures/address';
import { NumberReading, ValueKind, readNumber } from '../../figures/numbers';
import { cleanText, fold } from '../../figures/text';
import { CellValue, SheetSnapshot, WorkbookSnapshot, cellAt, cellText, formatAt, sheetBounds } from '../../workbook/snapshot';
import { MAX_HEADERS_TRIED, MergeLookup, SheetMemo, SheetReadings, mergesOf, readTitle, sheetMemo } from '../common/sheet';
import type { KnownRow, TableKind, UnitColumn, UnitKind } from './schema';

/** One cell of a row: where it is, what is written, and the figure read from it. */
export interface UnitCell {
  cell: string;
  raw: CellValue;
  reading: NumberReading;
}

export interface UnitRow {
  row: number;
  /** The row's name as written (a unit, a component, "Tổng cộng"). */
  name: string;
  /** The cell holding the name. */
  nameCell: string;
  code: string | null;
  /** The row sums the others. */
  total: boolean;
  /** For a kind with a fixed set of rows: which one, or null when unknown. */
  known: KnownRow | null;
  cells: Record<string, UnitCell>;
}

export interface UnitTable {
  kind: TableKind;
  sheet: string;
  /** The last header row (1-based); data starts below it. */
  headerRow: number;
  headerRows: 1 | 2;
  /** Column letter per field. */
  columns: Record<string, string>;
  /** The year of the table: the later year column, or the title block's year. */
  year: number | null;
  office: string | null;
  /** Years of the year columns, by field ('current' → 2017). */
  years: Record<string, number>;
  rows: UnitRow[];
}

const VALUE_KIND: Record<UnitColumn['type'], ValueKind> = {
  code: 'other',
  name: 'other',
  count: 'count',
  percent: 'percent',
  difference: 'percent',
};
const COLUMN_NUMBERS = /^\(?[0-9a-z]{1,2}\)?$/;
const YEAR_IN = /\b((?:19|20)\d{2})\b/;
/** Blank rows tolerated inside a table; more end it. */
const BLANK_GAP = 2;

const compiled = new WeakMap<UnitKind, { headers: Map<string, RegExp>; name: RegExp; total: RegExp[]; rows: Map<string, RegExp[]> }>();

/** One pattern matching a whole text that any of `alternatives` matches whole. */
const anyOf = (alternatives: string[]) => new RegExp(`^(?:${alternatives.map((h) => `(?:${h})`).join('|')})$`);

function patterns(kind: UnitKind) {
  let c = compiled.get(kind);
  if (!c) {
    c = {
      // Each column's headers as one anchored pattern.
      headers: new Map(kind.columns.map((col) => [col.field, anyOf(col.header)])),
      // The name column's (the rows' pre-filter).
      name: anyOf(kind.columns.find((c) => c.field === kind.nameField)?.header ?? []),
      total: kind.total.map((t) => new RegExp(t)),
      rows: new Map(kind.rows.map((r) => [r.id, r.match.map((m) => new RegExp(m))])),
    };
    compiled.set(kind, c);
  }
  return c;
}

interface Candidate {
  row: number;
  headerRows: 1 | 2;
  cols: Map<string, number>;
  years: Record<string, number>;
}

/**
 * The header texts of each column over `rows` header rows, merged cells read from their top-left: both
 * rows joined ("so phieu" + "phat ra"), then the second row alone (a group header over "BHXH tỉnh").
 */
function headerTexts(sheet: SheetSnapshot, row: number, rows: 1 | 2, lastCol: number, merged: MergeLookup): string[][] {
  const at = (r: number, c: number): string => {
    const m = merged.get(r, c);
    return fold(cellText(m ? cellAt(sheet, m.row, m.col) : cellAt(sheet, r, c)));
  };
  const out: string[][] = [];
  for (let c = sheet.origin.col; c <= lastCol; c++) {
    const first = at(row, c);
    // A merged cell spanning both header rows is read once.
    const second = rows === 2 && merged.get(row + 1, c)?.row !== row ? at(row + 1, c) : '';
    out[c] = [[first, second].filter(Boolean).join(' '), ...(first && second ? [second] : [])];
  }
  return out;
}

function readCandidate(kind: UnitKind, texts: string[][], row: number, headerRows: 1 | 2): Candidate | null {
  const pats = patterns(kind).headers;
  const cols = new Map<string, number>();
  const yearCols: { col: number; year: number }[] = [];
  for (let c = 0; c < texts.length; c++) {
    const alts = (texts[c] ?? []).filter(Boolean);
    if (alts.length === 0) continue;
    for (const col of kind.columns) {
      const pat = pats.get(col.field) as RegExp;
      const t = alts.find((a) => pat.test(a));
      if (cols.has(col.field) || t === undefined) continue;
      if (col.year) {
        const y = YEAR_IN.exec(t);
        if (y) {
          yearCols.push({ col: c, year: Number(y[1]) });
          break;
        }
      }
      cols.set(col.field, c);
      break;
    }
  }
  const years: Record<string, number> = {};
  if (yearCols.length >= 2) {
    const sorted = [...yearCols].sort((a, b) => b.year - a.year || a.col - b.col);
    for (const col of kind.columns) {
      if (!col.year || cols.has(col.field)) continue;
      const pick = col.year === 'later' ? sorted[0] : sorted[sorted.length - 1];
      cols.set(col.field, pick.col);
      years[col.field] = pick.year;
    }
  }
  if (kind.columns.some((c) => !c.optional && !cols.has(c.field))) return null;
  return { row, headerRows, cols, years };
}

const requiredCount = new WeakMap<UnitKind, number>();
const required = (kind: UnitKind): number => {
  let n = requiredCount.get(kind);
  if (n === undefined) requiredCount.set(kind, (n = kind.columns.filter((c) => !c.optional).length));
  return n;
};

/** Columns with something in row `row` or the next, or under a merge there: at most this many fields can be read from them. */
function filledColumns(sheet: SheetSnapshot, m: SheetMemo, row: number, lastCol: number): number {
  const merged = mergesOf(sheet, m);
  let n = 0;
  for (let c = sheet.origin.col; c <= lastCol; c++)
    if ([row, row + 1].some((r) => merged.get(r, c) !== undefined || cellText(cellAt(sheet, r, c)) !== '')) n++;
  return n;
}

function headerTextsOnce(sheet: SheetSnapshot, m: SheetMemo, row: number, rows: 1 | 2, lastCol: number): string[][] {
  const key = row * 2 + rows - 1;
  let t = m.headers.get(key);
  if (!t) m.headers.set(key, (t = headerTexts(sheet, row, rows, lastCol, mergesOf(sheet, m))));
  return t;
}

/** Whether a folded text is a header word of this kind's name column (a table's header starts there). */
export const isUnitLeadWord = (kind: UnitKind, folded: string): boolean => patterns(kind).name.test(folded);

/** Every acceptable header of this kind in a sheet, top first. */
function findCandidates(kind: UnitKind, sheet: SheetSnapshot, memo: SheetReadings = new Map(), firstOnly = false): Candidate[] {
  const { lastCol } = sheetBounds(sheet);
  const m = sheetMemo(sheet, memo);
  const name = patterns(kind).name;
  const out: Candidate[] = [];
  for (const { row: r, texts } of m.rows) {
    // Cheap pre-filters: a header row names the unit (or component) column, and its two rows have
    // something in as many columns as the kind has required fields (each field takes its own column).
    if (!texts.some((t) => name.test(t))) continue;
    if (filledColumns(sheet, m, r, lastCol) < required(kind)) continue;
    const two = readCandidate(kind, headerTextsOnce(sheet, m, r, 2, lastCol), r, 2);
    const one = readCandidate(kind, headerTextsOnce(sheet, m, r, 1, lastCol), r, 1);
    const best = two && (!one || two.cols.size > one.cols.size) ? two : one;
    if (best) out.push(best);
    if (best && firstOnly) break;
  }
  return out;
}

function knownRow(kind: UnitKind, name: string): KnownRow | null {
  const f = fold(name);
  const rows = patterns(kind).rows;
  return kind.rows.find((r) => (rows.get(r.id) as RegExp[]).some((p) => p.test(f))) ?? null;
}

function readRows(kind: UnitKind, sheet: SheetSnapshot, cand: Candidate): UnitRow[] {
  const { lastRow } = sheetBounds(sheet);
  const headerRow = cand.row + cand.headerRows - 1;
  const total = patterns(kind).total;
  const nameCol = cand.cols.get(kind.nameField) as number;
  const codeCol = cand.cols.get('code');
  const figures = kind.columns.filter(
    (c) => (c.type === 'count' || c.type === 'percent' || c.type === 'difference') && cand.cols.has(c.field),
  );
  const rows: UnitRow[] = [];
  let blanks = 0;
  let first = true;
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const name = cellText(cellAt(sheet, r, nameCol));
    const code = codeCol === undefined ? '' : cellText(cellAt(sheet, r, codeCol));
    const cells: Record<string, UnitCell> = {};
    let anyFigure = false;
    for (const col of figures) {
      const c = cand.cols.get(col.field) as number;
      const raw = cellAt(sheet, r, c);
      const reading = readNumber(raw, formatAt(sheet, r, c), VALUE_KIND[col.type]);
      if (reading.ok || reading.reason !== 'empty') anyFigure = true;
      cells[col.field] = { cell: toA1({ row: r, col: c }), raw, reading };
    }
    if (!name && !code && !anyFigure) {
      if (rows.length > 0 && ++blanks > BLANK_GAP) break;
      continue;
    }
    blanks = 0;
    const texts = [code, name, ...Object.values(cells).map((x) => cellText(x.raw))].filter(Boolean);
    // A row of column numbers ("(1) (2) (3)") under the header.
    if (first && texts.every((t) => COLUMN_NUMBERS.test(fold(t)))) {
      first = false;
      continue;
    }
    first = false;
    // A heading or a note between rows: no figure at all.
    if (!anyFigure) continue;
    const isTotal = [name, code].some((t) => t !== '' && total.some((p) => p.test(fold(t))));
    const label = name || (isTotal ? code : '');
    rows.push({
      row: r,
      name: cleanText(label),
      nameCell: toA1({ row: r, col: name || codeCol === undefined ? nameCol : codeCol }),
      code: code && !isTotal ? code.replace(/\.$/, '') : null,
      total: isTotal,
      known: kind.rows.length > 0 && !isTotal ? knownRow(kind, label) : null,
      cells,
    });
  }
  return rows;
}

/** The tables of this kind in the workbook: at most one per sheet, the one with the most rows. */
export function recognizeUnits(wb: WorkbookSnapshot, kind: UnitKind, memo: SheetReadings = new Map()): UnitTable[] {
  const out: UnitTable[] = [];
  for (const sheet of wb.sheets) {
    let best: { cand: Candidate; rows: UnitRow[] } | null = null;
    // A header like one already read is that table's header repeated (see MAX_HEADERS_TRIED).
    const tried = new Set<string>();
    for (const cand of findCandidates(kind, sheet, memo)) {
      const key = `${cand.headerRows}:${[...cand.cols].join(';')}`;
      if (tried.has(key) || tried.size >= MAX_HEADERS_TRIED) continue;
      tried.add(key);
      const rows = readRows(kind, sheet, cand);
      const useful = kind.rows.length > 0 ? rows.filter((r) => r.known).length : rows.length;
      if (useful > 0 && (!best || rows.length > best.rows.length)) best = { cand, rows };
    }
    if (!best) continue;
    const { cand, rows } = best;
    const columns: Record<string, string> = {};
    for (const [field, col] of cand.cols) columns[field] = columnLetters(col);
    const title = readTitle(sheet, cand.row);
    const later = Object.values(cand.years).sort((a, b) => b - a)[0];
    out.push({
      kind: kind.kind,
      sheet: sheet.name,
      headerRow: cand.row + cand.headerRows - 1,
      headerRows: cand.headerRows,
      columns,
      year: later ?? title.year,
      office: title.office,
      years: cand.years,
      rows,
    });
  }
  return out;
}

/** Whether this kind's header is at the top of a sheet, and the rightmost column it uses (for locating). */
export function findUnitHeader(kind: UnitKind, head: SheetSnapshot, texts: SheetReadings = new Map()): number | null {
  const c = findCandidates(kind, head, texts, true)[0];
  return c ? Math.max(...c.cols.values()) : null;
}

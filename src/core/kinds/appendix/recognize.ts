/**
 * Finds the statistics appendix on any sheet, at any start cell: the header row(s), the columns,
 * the title block (year, office) and the table's rows as written.
 */
import { APPENDIX_HEADER_WORDS } from '../../words/document';
import { columnLetters } from '../../figures/address';
import { MAX_HEADERS_TRIED, MergeLookup, SheetReadings, mergesOf, readTitle, sheetMemo } from '../common/sheet';
import { CellValue, SheetSnapshot, WorkbookSnapshot, cellAt, cellText, formatAt, formulaAt, sheetBounds } from '../../workbook/snapshot';
import { cleanText, fold } from '../../figures/text';

export type Field = 'code' | 'label' | 'unit' | 'value' | 'note';
export const FIELDS: readonly Field[] = ['code', 'label', 'unit', 'value', 'note'];

/** Header words per column, most specific first. Matched against folded cell text. */
const HEADER_WORDS: Record<Field, RegExp[]> = {
  code: [/^(stt|tt|so tt|so thu tu|ma so|ma chi tieu)$/],
  label: [/^chi tieu thong ke$/, /^(ten )?chi tieu$/, /^noi dung( chi tieu)?$/],
  unit: [/^(don vi tinh|dvt|d v t|don vi)$/],
  value: [/^(so lieu|so lieu thong ke)$/, /^gia tri$/, /^(ket qua|ket qua thuc hien)$/, /^ket qua thong ke$/],
  note: [/^ghi chu$/],
};

/** The first letter of a folded header word of the indicator or code column. */
const HEADER_START = /^[stcnm]/;

/** How the header words are shown to the user when missing. */
export const HEADER_NAMES: Record<Field, string> = APPENDIX_HEADER_WORDS;

export interface Layout {
  kind: 'statistics-appendix';
  sheet: string;
  /** The last header row (1-based); data starts below it. */
  headerRow: number;
  headerRows: 1 | 2;
  columns: Partial<Record<Field, string>> & { label: string; value: string };
  year: number | null;
  office: string | null;
  /** Whether the title block ("Phụ lục 2", "Thống kê số liệu") was found above the header. */
  titled: boolean;
}

/** A table row as written, before it is matched to the catalogue. */
export interface RawRow {
  row: number;
  /** The code without its final dot, or null ("Trong đó", blank, a bullet). */
  code: string | null;
  codeText: string;
  /** The row sits under a "Trong đó" (of which) marker. */
  ofWhich: boolean;
  label: string;
  unit: string;
  note: string;
  value: CellValue;
  format: string;
  formula: string | null;
}

export interface HeaderCandidate {
  sheet: string;
  row: number;
  headerRows: 1 | 2;
  cols: Partial<Record<Field, number>>;
}

export type Recognition = { found: true; layout: Layout; rows: RawRow[] } | { found: false; missing: Field[]; sheet: string | null };

function matchField(folded: string, field: Field): number {
  const pats = HEADER_WORDS[field];
  for (let i = 0; i < pats.length; i++) if (pats[i].test(folded)) return i;
  return -1;
}

/** Reads one header candidate starting at `row` (one row, or two when the next row adds header words). */
function readHeader(sheet: SheetSnapshot, row: number, lastCol: number, merged: MergeLookup): HeaderCandidate {
  const at = (r: number, c: number): string => {
    const m = merged.get(r, c);
    return fold(cellText(m ? cellAt(sheet, m.row, m.col) : cellAt(sheet, r, c)));
  };
  // Each column takes at most one field; the second header row is more specific
  // ("Số liệu" under a merged "Kết quả thống kê"), so it is looked at first.
  const found: { col: number; field: Field; rank: number; second: boolean }[] = [];
  for (let c = sheet.origin.col; c <= lastCol; c++) {
    for (const [r, second] of [
      [row + 1, true],
      [row, false],
    ] as const) {
      const t = at(r, c);
      const field = t === '' ? undefined : FIELDS.find((f) => matchField(t, f) >= 0);
      if (field) {
        found.push({ col: c, field, rank: matchField(t, field), second: second && cellText(cellAt(sheet, r, c)) !== '' });
        break;
      }
    }
  }
  const cols: Partial<Record<Field, number>> = {};
  let usedSecond = false;
  for (const f of FIELDS) {
    const best = found.filter((x) => x.field === f).sort((x, y) => x.rank - y.rank || x.col - y.col)[0];
    if (best) {
      cols[f] = best.col;
      usedSecond ||= best.second;
    }
  }
  return { sheet: sheet.name, row, headerRows: usedSecond ? 2 : 1, cols };
}

/** Whether a folded text is a header word of the appendix's code or indicator column (a table's header starts there). */
export const isLeadWord = (folded: string): boolean => matchField(folded, 'label') >= 0 || matchField(folded, 'code') >= 0;

function score(h: HeaderCandidate): number {
  return FIELDS.filter((f) => h.cols[f] !== undefined).length;
}

export function acceptable(h: HeaderCandidate): boolean {
  return h.cols.label !== undefined && h.cols.value !== undefined && (h.cols.code !== undefined || h.cols.unit !== undefined);
}

/** Every plausible header in a sheet, best first. `readings` are the sheet's, shared with the other kinds. */
export function findHeaders(sheet: SheetSnapshot, readings: SheetReadings = new Map()): HeaderCandidate[] {
  const { lastCol } = sheetBounds(sheet);
  const m = sheetMemo(sheet, readings);
  const out: HeaderCandidate[] = [];
  for (const { row, texts, lengths } of m.rows) {
    // Cheap pre-filter: a header row names the indicator column. Header words are short, and the
    // indicator and code headers begin with one of these letters (STT, TT, Chỉ tiêu, Nội dung, Mã số).
    let hasLabelWord = false;
    for (let i = 0; i < texts.length && !hasLabelWord; i++)
      hasLabelWord =
        lengths[i] <= 40 && HEADER_START.test(texts[i]) && (matchField(texts[i], 'label') >= 0 || matchField(texts[i], 'code') >= 0);
    if (!hasLabelWord) continue;
    out.push(readHeader(sheet, row, lastCol, mergesOf(sheet, m)));
  }
  return out.sort((a, b) => score(b) - score(a));
}

const CODE = /^\d+(\s*\.\s*\d+)*\s*\.?$/;
const CODE_IN_LABEL = /^(\d+(?:\.\d+)+\.?|\d+\.)\s+(.+)$/;
const COLUMN_NUMBERS = /^\(?[0-9a-z]{1,2}\)?$/;

/** '1.1.1.' → '1.1.1'; 'Trong đó' and bullets → null. */
export function normalizeCode(text: string): string | null {
  const t = cleanText(text);
  if (!CODE.test(t)) return null;
  return t.replace(/\s+/g, '').replace(/\.$/, '');
}

function readRows(sheet: SheetSnapshot, h: HeaderCandidate, headerRow: number): RawRow[] {
  const { lastRow } = sheetBounds(sheet);
  const col = (f: Field) => h.cols[f];
  const txt = (r: number, f: Field) => {
    const c = col(f);
    return c === undefined ? '' : cellText(cellAt(sheet, r, c));
  };
  const rows: RawRow[] = [];
  let ofWhich = false;
  let first = true;
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const valueCol = col('value') as number;
    const value = cellAt(sheet, r, valueCol);
    let codeText = txt(r, 'code');
    let label = txt(r, 'label');
    const unit = txt(r, 'unit');
    const note = txt(r, 'note');
    const valueText = cellText(value);
    if (!codeText && !label && !unit && !note && valueText === '') continue;
    // A row of column numbers ("(1) (2) (3)") under the header.
    if (first && [codeText, label, unit, valueText].filter(Boolean).every((t) => COLUMN_NUMBERS.test(fold(t)))) {
      first = false;
      continue;
    }
    first = false;
    if (!codeText && label) {
      const m = CODE_IN_LABEL.exec(label);
      if (m) {
        codeText = m[1];
        label = m[2];
      }
    }
    const prev = rows[rows.length - 1];
    // A unit or note that wrapped onto the next row belongs to the row above.
    if (prev && !codeText && !label && valueText === '') {
      if (unit) prev.unit = `${prev.unit}\n${unit}`.trim();
      if (note) prev.note = `${prev.note}\n${note}`.trim();
      continue;
    }
    const code = normalizeCode(codeText);
    if (code !== null) ofWhich = false;
    if (/^trong do\b/.test(fold(codeText)) || /^trong do\b/.test(fold(label))) ofWhich = true;
    rows.push({
      row: r,
      code,
      codeText,
      ofWhich: code === null && ofWhich,
      label,
      unit,
      note,
      value,
      format: formatAt(sheet, r, valueCol),
      formula: formulaAt(sheet, r, valueCol),
    });
  }
  return rows;
}

/** A header's shape: its rows and its columns (two headers alike are one table's header repeated). */
export const headerKey = (h: Pick<HeaderCandidate, 'headerRows' | 'cols'>): string =>
  `${h.headerRows}:${FIELDS.map((f) => h.cols[f] ?? '').join(',')}`;

/**
 * What one caller reads again when it tries several catalogue editions on the same snapshot: the
 * headers of each sheet and the rows under each header do not depend on the edition. `readings` are
 * the sheets' readings every kind shares.
 */
export interface RecognizeMemo {
  headers: Map<SheetSnapshot, HeaderCandidate[]>;
  rows: Map<HeaderCandidate, RawRow[]>;
  readings: SheetReadings;
}

export const newRecognizeMemo = (readings: SheetReadings = new Map()): RecognizeMemo => ({
  headers: new Map(),
  rows: new Map(),
  readings,
});

/** An appendix found on a sheet, with the score its rows earned. */
export interface AppendixTable {
  layout: Layout;
  rows: RawRow[];
  score: number;
}

/** Every sheet's appendix (the best header of each sheet, in sheet order), and why none when none. */
export type Recognitions = { tables: AppendixTable[]; miss: Extract<Recognition, { found: false }> | null };

/**
 * Looks for the appendix in every sheet: on each, the header whose rows `accept` scores best (how many
 * rows a caller can make sense of: the catalogue match count), the top one on ties; none when no
 * header earns a score above 0.
 */
export function recognizeEach(
  wb: WorkbookSnapshot,
  accept: (rows: RawRow[]) => number = (rows) => rows.length,
  memo: RecognizeMemo = newRecognizeMemo(),
): Recognitions {
  const tables: AppendixTable[] = [];
  let closest: HeaderCandidate | null = null;
  for (const sheet of wb.sheets) {
    let headers = memo.headers.get(sheet);
    if (!headers) memo.headers.set(sheet, (headers = findHeaders(sheet, memo.readings)));
    let best: { h: HeaderCandidate; rows: RawRow[]; score: number } | null = null;
    const tried = new Set<string>();
    for (const h of headers) {
      if (!closest || score(h) > score(closest)) closest = h;
      if (!acceptable(h)) continue;
      // The rows under a header run to the sheet's end: a header like one already tried is that table's
      // header repeated (a printed page's), whose rows the first one read; and only the first few
      // different headers are read, so a sheet costs a bounded number of passes, never headers × rows.
      const key = headerKey(h);
      if (tried.has(key) || tried.size >= MAX_HEADERS_TRIED) continue;
      tried.add(key);
      let rows = memo.rows.get(h);
      if (!rows) memo.rows.set(h, (rows = readRows(sheet, h, h.row + h.headerRows - 1)));
      const s = accept(rows);
      if (s > 0 && (!best || s > best.score)) best = { h, rows, score: s };
    }
    if (best) tables.push({ layout: layoutOf(sheet, best.h), rows: best.rows, score: best.score });
  }
  if (tables.length > 0) return { tables, miss: null };
  const missing = closest
    ? FIELDS.filter((f) => f !== 'note' && closest!.cols[f] === undefined)
    : (['code', 'label', 'unit', 'value'] as Field[]);
  return { tables, miss: { found: false, missing, sheet: closest?.sheet ?? null } };
}

function layoutOf(sheet: SheetSnapshot, h: HeaderCandidate): Layout {
  const columns = {} as Layout['columns'];
  for (const f of FIELDS) if (h.cols[f] !== undefined) columns[f] = columnLetters(h.cols[f] as number);
  return {
    kind: 'statistics-appendix',
    sheet: sheet.name,
    headerRow: h.row + h.headerRows - 1,
    headerRows: h.headerRows,
    columns,
    ...readTitle(sheet, h.row),
  };
}

/** The best-scoring of every sheet's appendix (the first sheet on ties). */
export function bestOf(tables: AppendixTable[]): AppendixTable | null {
  return tables.reduce<AppendixTable | null>((best, t) => (!best || t.score > best.score ? t : best), null);
}

/** The appendix of the workbook: the best of every sheet's (see `recognizeEach`). */
export function recognize(
  wb: WorkbookSnapshot,
  accept: (rows: RawRow[]) => number = (rows) => rows.length,
  memo: RecognizeMemo = newRecognizeMemo(),
): Recognition {
  const each = recognizeEach(wb, accept, memo);
  const best = bestOf(each.tables);
  return best ? { found: true, layout: best.layout, rows: best.rows } : (each.miss as Extract<Recognition, { found: false }>);
}

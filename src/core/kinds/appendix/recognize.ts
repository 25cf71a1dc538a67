/**
 * Finds the statistics appendix on any sheet, at any start cell: the header row(s), the columns,
 * the title block (year, office) and the table's rows as written.
 */
import { columnLetters, parseRange } from '../../figures/address';
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

const HEADER_START = /^\s*(<[^>]*>\s*)*[stcnmSTCNM]/;

/** How the header words are shown to the user when missing. */
export const HEADER_NAMES: Record<Field, string> = {
  code: 'STT',
  label: 'Chỉ tiêu thống kê',
  unit: 'Đơn vị tính',
  value: 'Số liệu',
  note: 'Ghi chú',
};

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

function score(h: HeaderCandidate): number {
  return FIELDS.filter((f) => h.cols[f] !== undefined).length;
}

export function acceptable(h: HeaderCandidate): boolean {
  return h.cols.label !== undefined && h.cols.value !== undefined && (h.cols.code !== undefined || h.cols.unit !== undefined);
}

/** Every plausible header in a sheet, best first. */
export function findHeaders(sheet: SheetSnapshot): HeaderCandidate[] {
  const { lastRow, lastCol } = sheetBounds(sheet);
  const merged = mergeMap(sheet);
  const out: HeaderCandidate[] = [];
  for (let r = sheet.origin.row; r <= lastRow; r++) {
    const cells = sheet.values[r - sheet.origin.row] ?? [];
    // Cheap pre-filter: a header row names the indicator column.
    let hasLabelWord = false;
    for (const v of cells) {
      // Header words are short, and the indicator and code headers begin with one of these letters
      // (STT, TT, Chỉ tiêu, Nội dung, Mã số): codes, figures and labels are passed over cheaply.
      if (typeof v !== 'string' || v.length > 40 || !HEADER_START.test(v)) continue;
      const t = fold(v);
      if (matchField(t, 'label') >= 0 || matchField(t, 'code') >= 0) {
        hasLabelWord = true;
        break;
      }
    }
    if (!hasLabelWord) continue;
    out.push(readHeader(sheet, r, lastCol, merged));
  }
  return out.sort((a, b) => score(b) - score(a));
}

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

/** Different headers of one sheet whose rows are read at most (a sheet holds one appendix). */
export const MAX_HEADERS_TRIED = 8;

/** A header's shape: its rows and its columns (two headers alike are one table's header repeated). */
export const headerKey = (h: Pick<HeaderCandidate, 'headerRows' | 'cols'>): string =>
  `${h.headerRows}:${FIELDS.map((f) => h.cols[f] ?? '').join(',')}`;

/**
 * What one caller reads again when it tries several catalogue editions on the same snapshot: the
 * headers of each sheet and the rows under each header do not depend on the edition.
 */
export interface RecognizeMemo {
  headers: Map<SheetSnapshot, HeaderCandidate[]>;
  rows: Map<HeaderCandidate, RawRow[]>;
}

export const newRecognizeMemo = (): RecognizeMemo => ({ headers: new Map(), rows: new Map() });

/**
 * Looks for the appendix in every sheet. `accept` decides between candidates by how many rows a
 * caller can make sense of (the catalogue match count); the best wins, the first sheet on ties.
 */
export function recognize(
  wb: WorkbookSnapshot,
  accept: (rows: RawRow[]) => number = (rows) => rows.length,
  memo: RecognizeMemo = newRecognizeMemo(),
): Recognition {
  let best: { h: HeaderCandidate; sheet: SheetSnapshot; rows: RawRow[]; score: number } | null = null;
  let closest: HeaderCandidate | null = null;
  for (const sheet of wb.sheets) {
    let headers = memo.headers.get(sheet);
    if (!headers) memo.headers.set(sheet, (headers = findHeaders(sheet)));
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
      if (s > 0 && (!best || s > best.score)) best = { h, sheet, rows, score: s };
    }
  }
  if (!best) {
    const missing = closest
      ? FIELDS.filter((f) => f !== 'note' && closest!.cols[f] === undefined)
      : (['code', 'label', 'unit', 'value'] as Field[]);
    return { found: false, missing, sheet: closest?.sheet ?? null };
  }
  const { h, sheet, rows } = best;
  const columns = {} as Layout['columns'];
  for (const f of FIELDS) if (h.cols[f] !== undefined) columns[f] = columnLetters(h.cols[f] as number);
  const title = readTitle(sheet, h.row);
  return {
    found: true,
    layout: {
      kind: 'statistics-appendix',
      sheet: sheet.name,
      headerRow: h.row + h.headerRows - 1,
      headerRows: h.headerRows,
      columns,
      ...title,
    },
    rows,
  };
}

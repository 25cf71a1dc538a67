/**
 * What an adapter reads from a workbook: plain data, no host objects.
 * Grids are row-major and start at `origin` (the top-left cell of the used range).
 */

import { cleanText } from '../figures/text';
import { CellValue, isErrorValue } from '../figures/cell';

export { isErrorValue } from '../figures/cell';
export type { CellValue, ErrorValue } from '../figures/cell';

/** A cell's own fill (not a conditional format). `pattern` as Excel's JavaScript API names it ('Solid', 'None', …). */
export interface CellFill {
  color: string;
  pattern?: string;
  /** A pattern's own colour, and the tints (−1 darkest … 1 lightest) of the pattern and of the fill, where Excel gives them (ExcelApi 1.9). */
  patternColor?: string;
  patternTint?: number;
  tint?: number;
}

export interface SheetSnapshot {
  name: string;
  /** 1-based row and column of values[0][0]. */
  origin: { row: number; col: number };
  /** Cell values; for a formula, its cached result. */
  values: CellValue[][];
  /** Number formats ('General', '0.00%', '@', …); missing rows/cells mean 'General'. */
  formats?: string[][];
  /** Formulas ('=A1/B1') where a cell has one, else null or ''. */
  formulas?: (string | null)[][];
  /** Merged areas, A1 ranges ('A10:A11'). */
  merges: string[];
  /** True when the sheet is protected (editing is refused). */
  protected?: boolean;
  /**
   * Each cell's own fill, null for none. Missing rows or cells mean the fill was not read
   * (very large sheets): the product then does not highlight there, so it never loses a fill.
   */
  fills?: (CellFill | null | undefined)[][];
  /**
   * The font of text cells, where an adapter knows it (the .xlsx package gives it where the font is an
   * old Vietnamese one; Excel where its version tells): the strongest sign of a legacy encoding.
   */
  fonts?: (string | null | undefined)[][];
  /** The runs of rich-text cells whose runs carry their own fonts (a toned capital in `.VnTimeH`, the rest in `.VnTime`). */
  runs?: (TextRun[] | null | undefined)[][];
  /** Set once the core has turned legacy text into Unicode (`values` then hold Unicode NFC): what it found, per encoding. */
  legacy?: LegacyText[];
  /** The text as written where the core turned it into Unicode (what an undo must put back). */
  written?: (string | undefined)[][];
}

/** A run of rich text and its own font (null: the cell's). */
export interface TextRun {
  text: string;
  font: string | null;
}

/** The text of one encoding found on a sheet: where, how many cells, and one as written and as read. */
export interface LegacyText {
  encoding: 'tcvn3' | 'vni';
  /** The smallest range holding every such cell ('A1:E40'). */
  range: string;
  cells: number;
  example: { cell: string; before: string; after: string };
}

export interface WorkbookSnapshot {
  /** The sheets read: after a probe, only those holding a table. */
  sheets: SheetSnapshot[];
  /** Every sheet's name, hidden and very hidden ones included (new names must not collide); `sheets`' names when absent. */
  sheetNames?: string[];
  /** The workbook's structure is protected: no sheet can be added. */
  structureProtected?: boolean;
  /** Why a stored state exists but could not be read; nothing is highlighted over it. */
  stateProblem?: 'damaged' | 'newer' | null;
  /** What the product wrote into this workbook earlier (highlights, filled ratios), stored in the workbook. */
  state?: ProductState | null;
}

/** A highlight the product put on a cell, with the fill it replaced. */
export interface HighlightRecord {
  sheet: string;
  cell: string;
  kind: HighlightKind;
  original: CellFill | null;
}

export type HighlightKind = 'error' | 'warning' | 'below' | 'filled';

/** A ratio the product filled: the cell is the product's to refill or clear. */
export interface FilledRecord {
  sheet: string;
  cell: string;
  formula: string;
}

/** A cell as it was before the product changed it, and what the product wrote there. */
export interface UndoCell {
  sheet: string;
  cell: string;
  /** The cell's value before (text or number; quick fixes never touch other cells). */
  value: string | number;
  formula: string | null;
  numberFormat: string;
  /** What the product wrote: undo refuses when the cell holds anything else now (the user typed since). */
  written: string | number;
  /** The cell's own font before (a conversion to Unicode replaced it). */
  font?: string | null;
  /** The cell's rich-text runs before, with their fonts (a conversion to Unicode rewrote them). */
  runs?: TextRun[];
}

/** One change the product can take back ("Hoàn tác"): Excel's own undo does not cover add-in writes. */
export interface UndoRecord {
  /** What made the change, for the button's words. */
  action: 'quick-fix' | 'to-unicode';
  /** The rule of the finding fixed and the row's code as the user sees it. */
  rule: string;
  code: string | null;
  cells: UndoCell[];
}

export interface ProductState {
  version: 1;
  highlights: HighlightRecord[];
  filled: FilledRecord[];
  /** Changes that can be undone, the latest last. Absent in states written before undo existed. */
  undo?: UndoRecord[];
  /** Sheets the product made (a remediation table, the scoring sheet): the product's to replace; any other sheet is the user's. */
  sheets?: MadeSheet[];
}

export interface MadeSheet {
  name: string;
  kind: 'remediation' | 'rubric' | 'consolidation';
}

/** A cell as text, as shown: markup removed, spaces normalized, an error as its name ('#DIV/0!'). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isErrorValue(v)) return v.error;
  return cleanText(String(v));
}

/** Every sheet name of the workbook, for choosing a new one. */
export function allSheetNames(wb: WorkbookSnapshot): string[] {
  return wb.sheetNames ?? wb.sheets.map((s) => s.name);
}

/**
 * The very hidden sheet a file keeps the product's state in when Excel's settings do not hold it (the
 * CLI and the preview write it there; its JSON in column A, A1 first).
 */
export const STATE_SHEET_NAME = 'cchc_state';

/**
 * The version of the state as stored. Version 2 keeps the highlights in runs — one sheet, kind and
 * replaced fill, then the cells, `"F12,F13,F14"` — and each replaced fill once: about 6 bytes a
 * highlighted cell instead of about 90, so a check with thousands of highlights stays well within
 * what a request to Excel on the web may carry. Version 1 (every highlight whole) still reads.
 */
const STORED_VERSION = 2;

/** A run of highlights as stored: sheet, kind, index of the fill they replaced in `fills`, cells joined by commas. */
type StoredRun = [string, HighlightKind, number, string];

/** The state as the workbook stores it (JSON text): the highlights in runs, in their order. */
export function storedState(state: ProductState): string {
  const fills: (CellFill | null)[] = [];
  const fillIndex = new Map<string, number>();
  const runs: StoredRun[] = [];
  let run: StoredRun | null = null;
  let cells: string[] = [];
  for (const h of state.highlights) {
    const key = h.original === null ? 'null' : JSON.stringify(h.original);
    let f = fillIndex.get(key);
    if (f === undefined) fillIndex.set(key, (f = fills.push(h.original) - 1));
    if (run && run[0] === h.sheet && run[1] === h.kind && run[2] === f) cells.push(h.cell);
    else {
      if (run) run[3] = cells.join(',');
      runs.push((run = [h.sheet, h.kind, f, '']));
      cells = [h.cell];
    }
  }
  if (run) run[3] = cells.join(',');
  const { version: _version, highlights: _highlights, ...rest } = state;
  return JSON.stringify({ version: STORED_VERSION, fills, highlights: runs, ...rest });
}

/**
 * The most highlights a stored state may hold: more than any check makes, so a file whose few
 * compressed bytes unfold into runs of millions of cells is refused, not read.
 */
const STORED_HIGHLIGHTS_MOST = 1_000_000;

/** Version 2's runs back into highlights, in order; null when they are not runs as `storedState` writes them. */
function highlightsOf(runs: unknown, fills: unknown): HighlightRecord[] | null {
  if (!Array.isArray(runs) || !Array.isArray(fills)) return null;
  const out: HighlightRecord[] = [];
  for (const r of runs) {
    if (!Array.isArray(r) || r.length !== 4) return null;
    const [sheet, kind, f, cells] = r as unknown[];
    if (typeof sheet !== 'string' || typeof kind !== 'string' || typeof f !== 'number' || typeof cells !== 'string' || !(f in fills))
      return null;
    const original = (fills[f] ?? null) as CellFill | null;
    let count = 1;
    for (let i = cells.indexOf(','); i >= 0; i = cells.indexOf(',', i + 1)) count++;
    if (out.length + count > STORED_HIGHLIGHTS_MOST) return null;
    for (const cell of cells.split(',')) out.push({ sheet, cell, kind: kind as HighlightKind, original });
  }
  return out;
}

/** The product's state as stored in a workbook (JSON text or an object, version 1 or 2), or null when absent or not ours. */
export function parseProductState(raw: unknown): ProductState | null {
  try {
    const s = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (!s || !Array.isArray(s.filled)) return null;
    if (s.version === 1) return Array.isArray(s.highlights) ? (s as ProductState) : null;
    if (s.version !== STORED_VERSION) return null;
    const highlights = highlightsOf(s.highlights, s.fills);
    if (!highlights) return null;
    const { fills: _fills, ...rest } = s;
    return { ...rest, version: 1, highlights };
  } catch {
    return null;
  }
}

/** The product's state as stored, or why it cannot be used: absent (null, no problem), damaged, or written by a newer version. */
export function readProductState(raw: unknown): { state: ProductState | null; problem: 'damaged' | 'newer' | null } {
  if (raw === null || raw === undefined || raw === '') return { state: null, problem: null };
  let s: unknown;
  try {
    s = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { state: null, problem: 'damaged' };
  }
  const v = (s as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > STORED_VERSION) return { state: null, problem: 'newer' };
  const state = parseProductState(s);
  return state ? { state, problem: null } : { state: null, problem: 'damaged' };
}

/** The cell at 1-based (row, col), or null outside the grid. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.formats?.[row - sheet.origin.row]?.[col - sheet.origin.col] || 'General';
}

/** The recorded fill of a cell: a fill, null for none, undefined when it was not read. */
export function fillAt(sheet: SheetSnapshot, row: number, col: number): CellFill | null | undefined {
  return sheet.fills?.[row - sheet.origin.row]?.[col - sheet.origin.col];
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row - sheet.origin.row]?.[col - sheet.origin.col] || null;
}

/** Last 1-based row and column covered by the grid. */
export function sheetBounds(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { lastRow: sheet.origin.row + sheet.values.length - 1, lastCol: sheet.origin.col + width - 1 };
}

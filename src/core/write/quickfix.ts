/**
 * Quick fixes ("Sửa nhanh"): for a finding with exactly one correction, the plan that makes it, and
 * undo ("Hoàn tác"), which puts back exactly what the product changed (value, formula, number
 * format) from the record the fix stored in the workbook. Fills are not touched by a fix.
 */
import { parseA1 } from '../figures/address';
import { formatDecimals, isPercentFormat, parseNumberText, storedDecimals } from '../figures/numbers';
import { fold } from '../figures/text';
import { Finding } from '../rules/findings';
import { WritePlan } from '../workbook/write-plan';
import { CellValue, UndoCell, UndoRecord, WorkbookSnapshot, cellAt, formatAt, formulaAt, isErrorValue } from '../workbook/snapshot';
import { PlanResult, emptyState, finish } from './plan';

/**
 * - `unit-text`: a count written with its unit or as text ("29 người" → 29);
 * - `percent-text`: a percentage written with words ("95,5 phần trăm" → 95,5);
 * - `total-sum`: a total that disagrees with its parts → the sum of the parts;
 * - `ratio-computed`: a ratio that disagrees with its counts → the computed ratio.
 */
export type QuickFixKind = 'unit-text' | 'percent-text' | 'total-sum' | 'ratio-computed';

export interface QuickFix {
  kind: QuickFixKind;
  /** The finding it answers (its rule and the cell the finding points at). */
  rule: Finding['rule'];
  findingCell: string;
  /** The row's code as the user sees it, for the confirmation's words. */
  code: string | null;
  sheet: string;
  /** The cell written: for a total, the total's cell (not the finding's). */
  cell: string;
  /** What the cell holds now, and the figure it will hold (in the row's unit: 99.1 for 99,1%). */
  from: string | number;
  to: number;
  /** The unit `from` and `to` are shown with: '%' for a percentage, '' for a count. */
  unit: '%' | '';
  /** True when the user's own figure is replaced by a computed one: ask first. */
  confirm: boolean;
}

const UNIT_WORDS =
  /^(nguoi|nguoi dan|luot|ho so|thu tuc|tthc|van ban|vb|don vi|dv|cai|lan|ban|y kien|phong|doanh nghiep|dn|to chuc|ca nhan|so|chi tieu|giay to|ket qua|muc|cuoc|buoi|khoa|dot|nguoi\/luot)\.?$/;
const PERCENT_WORDS = /^(%|phan tram|percent|pct)\.?$/;

/** A number followed by a word of the row's unit, or null: "29 người" → 29, "1.234 hồ sơ" → 1234. */
function numberWithWord(text: string, words: RegExp, kind: 'count' | 'percent'): { value: number; decimals: number } | null {
  const m = /^\s*(\d[\d.,\u00a0 ]*\d|\d)\s*(\D.*)?$/u.exec(text);
  if (!m) return null;
  const word = fold(m[2] ?? '').trim();
  if (word !== '' && !words.test(word)) return null;
  return parseNumberText(m[1].trim(), kind);
}

function decimalsOf(v: CellValue, format: string): number {
  if (typeof v === 'number') return formatDecimals(format) ?? storedDecimals(v);
  if (typeof v === 'string') return parseNumberText(v.replace(/%\s*$/, ''), 'percent')?.decimals ?? 0;
  return 0;
}

const round = (x: number, d: number) => Number(x.toFixed(d));

/** The one correction of a finding, or null when there is none or it would overwrite a formula. */
export function quickFixFor(f: Finding, wb: WorkbookSnapshot): QuickFix | null {
  const sheet = wb.sheets.find((s) => s.name === f.sheet);
  if (!sheet || sheet.protected) return null;
  const at = (cell: string) => {
    const { row, col } = parseA1(cell);
    return { value: cellAt(sheet, row, col), format: formatAt(sheet, row, col), formula: formulaAt(sheet, row, col) };
  };
  const base = { rule: f.rule, findingCell: f.cell, code: f.code, sheet: f.sheet };
  switch (f.rule) {
    case 'type.count': {
      const c = at(f.cell);
      if (typeof c.value !== 'string' || c.formula) return null;
      const n = numberWithWord(c.value, UNIT_WORDS, 'count');
      if (!n || !Number.isInteger(n.value) || n.value < 0) return null;
      return { ...base, kind: 'unit-text', cell: f.cell, from: c.value, to: n.value, unit: '', confirm: false };
    }
    case 'type.percent': {
      const c = at(f.cell);
      if (typeof c.value !== 'string' || c.formula) return null;
      const n = numberWithWord(c.value, PERCENT_WORDS, 'percent');
      if (!n || n.value < 0 || n.value > 100) return null;
      return { ...base, kind: 'percent-text', cell: f.cell, from: c.value, to: n.value, unit: '%', confirm: false };
    }
    case 'relation.partition': {
      const total = f.related[0];
      if (!total) return null;
      const c = at(total.cell);
      if (c.formula || c.value === null || isErrorValue(c.value) || typeof c.value === 'boolean') return null;
      return { ...base, kind: 'total-sum', cell: total.cell, from: c.value, to: f.actual, unit: '', confirm: true };
    }
    case 'ratio.mismatch': {
      const c = at(f.cell);
      if (c.formula || c.value === null || isErrorValue(c.value) || typeof c.value === 'boolean') return null;
      return { ...base, kind: 'ratio-computed', cell: f.cell, from: c.value, to: f.expected, unit: '%', confirm: true };
    }
    default:
      return null;
  }
}

/** Every finding's quick fix, keyed by `rule@cell` of the finding. */
export function quickFixes(findings: readonly Finding[], wb: WorkbookSnapshot): Map<string, QuickFix> {
  const out = new Map<string, QuickFix>();
  for (const f of findings) {
    const q = quickFixFor(f, wb);
    if (q) out.set(quickFixKey(f), q);
  }
  return out;
}

export const quickFixKey = (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`;

/** The figure as stored: a fraction in a % formatted cell, with the decimals it is written with. */
function written(fix: QuickFix, format: string, before: CellValue): { value: number; numberFormat?: string } {
  if (fix.kind === 'unit-text') return { value: fix.to, ...(format === '@' ? { numberFormat: 'General' } : {}) };
  const d = Math.max(decimalsOf(before, format), storedDecimals(fix.to));
  if (isPercentFormat(format)) return { value: round(fix.to / 100, d + 2) };
  if (fix.kind === 'total-sum') return { value: fix.to, ...(format === '@' ? { numberFormat: 'General' } : {}) };
  // A percentage in a plain cell keeps its decimals as written ("99,10"), shown the reader's way.
  return { value: round(fix.to, d), numberFormat: d > 0 ? `0.${'0'.repeat(d)}` : format === '@' ? 'General' : format };
}

/** The plan of a quick fix: the new figure, and an undo record of what the cell held. */
export function planQuickFix(fix: QuickFix, wb: WorkbookSnapshot): PlanResult {
  const sheet = wb.sheets.find((s) => s.name === fix.sheet);
  if (!sheet) return { ok: false, refused: 'no-quick-fix' };
  if (sheet.protected) return { ok: false, refused: 'protected', sheet: fix.sheet };
  const { row, col } = parseA1(fix.cell);
  const before = cellAt(sheet, row, col);
  // The cell must still hold what the fix was made from.
  if (before !== fix.from || formulaAt(sheet, row, col)) return { ok: false, refused: 'no-quick-fix' };
  const format = formatAt(sheet, row, col);
  const w = written(fix, format, before);
  // Text read from an old encoding goes back as it was written, not as the check read it.
  const asWritten = sheet.written?.[row - sheet.origin.row]?.[col - sheet.origin.col];
  const undoCell: UndoCell = {
    sheet: fix.sheet,
    cell: fix.cell,
    value: asWritten ?? fix.from,
    formula: null,
    numberFormat: format,
    written: w.value,
  };
  const record: UndoRecord = { action: 'quick-fix', rule: fix.rule, code: fix.code, cells: [undoCell] };
  const state = emptyState(wb);
  state.undo = [...(state.undo ?? []), record].slice(-UNDO_DEPTH);
  const plan: WritePlan = {
    cells: [{ sheet: fix.sheet, cell: fix.cell, value: w.value, ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}) }],
    fills: [],
    state: finish(state),
  };
  return { ok: true, plan, skipped: [] };
}

/** How many changes Hoàn tác can take back. */
export const UNDO_DEPTH = 20;

/** The latest change that can be undone, or null. */
export function lastUndo(wb: WorkbookSnapshot): UndoRecord | null {
  const u = wb.state?.undo;
  return u && u.length > 0 ? u[u.length - 1] : null;
}

/** Puts back the cells of the latest change exactly as they were; refuses when the user has edited them since. */
export function planUndo(wb: WorkbookSnapshot): PlanResult {
  const record = lastUndo(wb);
  if (!record) return { ok: false, refused: 'nothing-to-undo' };
  for (const c of record.cells) {
    const sheet = wb.sheets.find((s) => s.name === c.sheet);
    if (!sheet) return { ok: false, refused: 'changed-since', sheet: c.sheet, cell: c.cell };
    if (sheet.protected) return { ok: false, refused: 'protected', sheet: c.sheet };
    const { row, col } = parseA1(c.cell);
    const now = cellAt(sheet, row, col);
    if (!sameFigure(now, c.written) || formulaAt(sheet, row, col))
      return { ok: false, refused: 'changed-since', sheet: c.sheet, cell: c.cell };
  }
  const state = emptyState(wb);
  state.undo = (state.undo ?? []).slice(0, -1);
  if (state.undo.length === 0) delete state.undo;
  const plan: WritePlan = {
    cells: record.cells.map((c) =>
      c.formula
        ? { sheet: c.sheet, cell: c.cell, formula: c.formula, value: c.value, numberFormat: c.numberFormat }
        : // Text goes back as text, in its own number format ("98,50" must not become 98.5).
          {
            sheet: c.sheet,
            cell: c.cell,
            value: c.value,
            numberFormat: c.numberFormat,
            ...(typeof c.value === 'string' ? { asText: true } : {}),
            // A conversion to Unicode is taken back with the fonts it replaced.
            ...(c.font ? { fontName: c.font } : {}),
            ...(c.runs ? { runs: c.runs } : {}),
          },
    ),
    fills: [],
    state: finish(state),
  };
  return { ok: true, plan, skipped: [] };
}

/** A host may hand back 99.1 as 99.10000000000001 after a round trip. */
function sameFigure(now: CellValue, wrote: string | number): boolean {
  if (typeof wrote === 'number' && typeof now === 'number') return Math.abs(now - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote));
  return now === wrote;
}

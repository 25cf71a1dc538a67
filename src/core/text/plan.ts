/**
 * Chuyển sang Unicode: the plan that turns every legacy text cell into Unicode NFC, its font into the
 * Unicode one (`.VnTime`, `.VnTimeH`, `VNI-Times` → Times New Roman, `.VnArial` → Arial; size,
 * weight and slant kept), a rich-text cell run by run; nothing else. Hoàn tác can take it back when
 * what it must remember fits in the stored state.
 */
import { columnLetters } from '../figures/address';
import type { ProductState, UndoCell, UndoRecord, WorkbookSnapshot } from '../workbook/snapshot';
import type { CellWrite, WritePlan } from '../workbook/write-plan';
import { emptyState, finish } from '../write/plan';
import type { PlanResult } from '../write/plan';
import { UNDO_DEPTH } from '../write/quickfix';
import { legacyCells } from './legacy/sheet';
import type { LegacyEncoding } from './legacy/tables';

/** What the stored state may take for one conversion's undo (the state lives in one cell: 32,767 characters). */
export const UNDO_BUDGET = 24_000;

export interface UnicodePlan {
  result: PlanResult;
  /** Cells converted, per sheet and encoding found. */
  count: number;
  sheets: string[];
  encodings: LegacyEncoding[];
  /** Hoàn tác can take the conversion back. */
  undo: boolean;
}

/** The conversion of every legacy text cell of a snapshot as read (not yet turned into Unicode). */
export function planToUnicode(wb: WorkbookSnapshot): UnicodePlan {
  const cells: CellWrite[] = [];
  const undoCells: UndoCell[] = [];
  const sheets: string[] = [];
  const encodings = new Set<LegacyEncoding>();
  for (const sheet of wb.sheets) {
    const found = legacyCells(sheet);
    if (found.length === 0) continue;
    if (sheet.protected)
      return { result: { ok: false, refused: 'protected', sheet: sheet.name }, count: 0, sheets: [], encodings: [], undo: false };
    sheets.push(sheet.name);
    for (const c of found) {
      const cell = `${columnLetters(c.col)}${c.row}`;
      const write: CellWrite = { sheet: sheet.name, cell, value: c.after };
      // Text that would read as a formula stays text.
      if (/^[=+@]/.test(c.after)) write.asText = true;
      if (c.runs) write.runs = c.runs.map((r) => ({ text: r.after, font: r.unicode ?? r.font }));
      else if (c.font) write.fontName = c.font.unicode;
      if (c.after === c.before && !write.runs && !write.fontName) continue;
      encodings.add(c.encoding);
      cells.push(write);
      const format = sheet.formats?.[c.row - sheet.origin.row]?.[c.col - sheet.origin.col] ?? 'General';
      undoCells.push({
        sheet: sheet.name,
        cell,
        value: c.before,
        formula: null,
        numberFormat: format,
        written: c.after,
        ...(c.runs ? { runs: c.runs.map((r) => ({ text: r.before, font: r.font })) } : {}),
        ...(c.font && !c.runs ? { font: fontOf(sheet.fonts?.[c.row - sheet.origin.row]?.[c.col - sheet.origin.col]) } : {}),
      });
    }
  }
  if (cells.length === 0)
    return { result: { ok: true, plan: { cells: [], fills: [] }, skipped: [] }, count: 0, sheets, encodings: [], undo: false };
  const record: UndoRecord = { action: 'to-unicode', rule: 'text.legacy', code: null, cells: undoCells };
  const fits = JSON.stringify(record).length <= UNDO_BUDGET;
  const state: ProductState = emptyState(wb);
  if (fits) state.undo = [...(state.undo ?? []), record].slice(-UNDO_DEPTH);
  const plan: WritePlan = { cells, fills: [], ...(fits ? { state: finish(state) } : {}) };
  return { result: { ok: true, plan, skipped: [] }, count: cells.length, sheets, encodings: [...encodings], undo: fits };
}

const fontOf = (f: string | null | undefined): string | null => f ?? null;

/**
 * The change column of a unit table ("Tăng/giảm", seed 000): each empty cell of it, where both years'
 * figures are typed numbers, written as a live formula of the two columns (this year − last year).
 * The rounding rule of the table (change.difference) then judges what a written change should be.
 */
import { parseA1 } from '../figures/address';
import { isPercentFormat } from '../figures/numbers';
import type { Report } from '../report-types';
import type { CellWrite } from '../workbook/write-plan';
import { WorkbookSnapshot, cellAt, formatAt, formulaAt } from '../workbook/snapshot';

/** The fields of a table with a change column: the change is `current − previous`. */
const CURRENT = 'current';
const PREVIOUS = 'previous';
const CHANGE = 'change';

/**
 * The formulas for the empty change cells of every unit table that has a change column, in table and
 * row order; a cell the product filled before is planned again. A figure written as text is left alone
 * (a formula over text would show #VALUE!).
 * changeFills(report, wb) → [{ sheet: 'Chỉ số hài lòng', cell: 'E5', formula: '=C5-D5', value: -0.0303, numberFormat: '0.00%' }, …]
 */
export function changeFills(report: Report, wb: WorkbookSnapshot): CellWrite[] {
  const out: CellWrite[] = [];
  for (const t of report.tables) {
    if (!t.rows || !t.columns[CHANGE] || !t.columns[CURRENT] || !t.columns[PREVIOUS]) continue;
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const filled = new Set((wb.state?.filled ?? []).filter((f) => f.sheet === t.sheet).map((f) => f.cell));
    for (const r of t.rows) {
      const cur = r.values[CURRENT];
      const prev = r.values[PREVIOUS];
      const change = r.values[CHANGE];
      if (!cur || !prev || !change || typeof cur.raw !== 'number' || typeof prev.raw !== 'number') continue;
      const at = parseA1(change.cell);
      const v = cellAt(sheet, at.row, at.col);
      const empty = (v === null || v === '') && formulaAt(sheet, at.row, at.col) === null;
      if (!empty && !filled.has(change.cell)) continue;
      const c = parseA1(cur.cell);
      const format = formatAt(sheet, c.row, c.col);
      const own = formatAt(sheet, at.row, at.col);
      out.push({
        sheet: t.sheet,
        cell: change.cell,
        formula: `=${cur.cell}-${prev.cell}`,
        value: Number((cur.raw - prev.raw).toPrecision(12)),
        // A fraction shows as a percentage only with a % format: the change takes this year's when it has none.
        ...(isPercentFormat(format) && !isPercentFormat(own) ? { numberFormat: format } : {}),
      });
    }
  }
  return out;
}

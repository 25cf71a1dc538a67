/**
 * The consolidated sheets (status, appendix totals, survey tallies, ranking, findings) written into a
 * workbook that is open (the pane in Excel, the preview), as write plans: for each sheet, one plan that
 * adds it with its values and look, then one that writes its live formulas and number formats (a new
 * sheet's plan holds values only). A sheet of the same name the product made before is replaced only
 * with the user's yes; one the user made is never touched: the new sheet takes a free name beside it.
 * Charts are not written into an open workbook (the new consolidated file has them).
 */
import type { SheetSpec, SpecCell } from '../combine/sheets';
import { HEADER_ROW } from '../combine/sheets';
import { columnLetters } from '../figures/address';
import type { CellWrite, NewSheetPlan, RangeStyle, WritePlan } from '../workbook/write-plan';
import { MadeSheet, WorkbookSnapshot, allSheetNames } from '../workbook/snapshot';
import { emptyState, uniqueSheetName } from './plan';

/** The number format of a style: counts with a thousands separator, ratios with two decimals; others as typed. */
const FORMATS: Partial<Record<SpecCell['style'], string>> = { int: '#,##0', 'total-int': '#,##0', dec: '#,##0.00' };
const BOLD: SpecCell['style'][] = ['title', 'head', 'bold', 'total-int'];

export type ConsolidationPlan =
  | {
      ok: true;
      /** In order: each sheet's plan, then (when it has any) the plan of its formulas and formats. */
      plans: WritePlan[];
      /** The sheets as they are named in the workbook, in order. */
      sheets: string[];
      /** The product's earlier sheets replaced. */
      replaced: string[];
      /** Sheets whose charts were left out (the open workbook gets the figures, not the charts). */
      chartsSkipped: string[];
    }
  /** The product made sheets of these names before: replacing them needs the user's yes. Nothing changed. */
  | { ok: false; refused: 'sheets-exist'; sheets: string[] }
  /** The stored state cannot be read: no sheet is recorded over it. */
  | { ok: false; refused: 'state-unreadable'; reason: 'damaged' | 'newer' };

function sheetPlan(spec: SheetSpec, name: string): { sheet: NewSheetPlan; cells: CellWrite[] } {
  const width = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const styles: RangeStyle[] = [];
  const cells: CellWrite[] = [];
  spec.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      const cell = `${columnLetters(j + 1)}${i + 1}`;
      if (i + 1 > HEADER_ROW && BOLD.includes(c.style)) styles.push({ range: cell, bold: true });
      const format = typeof c.value === 'number' || c.formula ? FORMATS[c.style] : undefined;
      const look = format ? { numberFormat: format } : {};
      if (c.formula) cells.push({ sheet: name, cell, formula: `=${c.formula}`, ...(c.value !== null ? { value: c.value } : {}), ...look });
      else if (format) cells.push({ sheet: name, cell, ...look });
    }),
  );
  const sheet: NewSheetPlan = {
    name,
    rows: spec.rows.map((r) => r.map((c) => c.value)),
    merges: [],
    columnWidths: spec.widths,
    boldRows: [1, HEADER_ROW],
    wrap: false,
    borders: width > 0 && spec.rows.length >= HEADER_ROW ? `A${HEADER_ROW}:${columnLetters(width)}${spec.rows.length}` : null,
    freezeRows: HEADER_ROW,
    landscape: width > 6,
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    styles,
    paper: 'A4',
  };
  return { sheet, cells };
}

/**
 * The plans that write `specs` into the workbook `wb` (read by a probe: its sheet names and state).
 * `replace`: the user said yes to replacing the product's earlier consolidated sheets.
 */
export function planConsolidation(specs: SheetSpec[], wb: WorkbookSnapshot, opts: { replace: boolean }): ConsolidationPlan {
  if (wb.stateProblem) return { ok: false, refused: 'state-unreadable', reason: wb.stateProblem };
  const names = allSheetNames(wb);
  const made = (wb.state?.sheets ?? []).filter((s) => s.kind === 'consolidation' && names.includes(s.name)).map((s) => s.name);
  const again = specs.map((s) => s.name).filter((n) => made.includes(n));
  if (again.length > 0 && !opts.replace) return { ok: false, refused: 'sheets-exist', sheets: again };
  const state = emptyState(wb);
  const taken = [...names];
  const plans: WritePlan[] = [];
  const sheets: string[] = [];
  const recorded: MadeSheet[] = (state.sheets ?? []).filter((s) => names.includes(s.name));
  for (const spec of specs) {
    const replaces = again.includes(spec.name);
    const name = replaces ? spec.name : uniqueSheetName(spec.name, taken);
    taken.push(name);
    sheets.push(name);
    if (!recorded.some((s) => s.name === name)) recorded.push({ name, kind: 'consolidation' });
    const { sheet, cells } = sheetPlan(spec, name);
    // The state grows with each sheet: a failure half way leaves every sheet made so far known as the product's.
    plans.push({
      cells: [],
      fills: [],
      newSheet: replaces ? { ...sheet, replaces: true } : sheet,
      state: { ...state, sheets: [...recorded] },
    });
    if (cells.length > 0) plans.push({ cells, fills: [] });
  }
  if (plans.length > 0) plans[plans.length - 1] = { ...plans[plans.length - 1], activate: { sheet: sheets[0], cell: 'A1' } };
  return { ok: true, plans, sheets, replaced: again, chartsSkipped: specs.filter((s) => (s.charts?.length ?? 0) > 0).map((s) => s.name) };
}

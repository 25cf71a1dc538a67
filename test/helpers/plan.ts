/** A WritePlan applied to a snapshot, as an adapter would apply it to a workbook (cells, fills, state). */
import { WorkbookSnapshot, WritePlan, parseA1 } from '../../src/core';

export function applyToSnapshot(wb: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const out: WorkbookSnapshot = structuredClone(wb);
  const grid = <T>(g: T[][], r: number, c: number, fill: T) => {
    while (g.length <= r) g.push([]);
    while (g[r].length <= c) g[r].push(fill);
    return g[r];
  };
  for (const w of plan.cells) {
    const s = out.sheets.find((x) => x.name === w.sheet);
    if (!s) throw new Error(`no sheet ${w.sheet}`);
    const { row, col } = parseA1(w.cell);
    const [r, c] = [row - s.origin.row, col - s.origin.col];
    s.formats ??= [];
    if (w.numberFormat) grid(s.formats, r, c, 'General')[c] = w.numberFormat;
    else if (w.asText) grid(s.formats, r, c, 'General')[c] = '@';
    if (w.formula) grid((s.formulas ??= []), r, c, null)[c] = w.formula;
    else if (s.formulas?.[r]?.[c]) s.formulas[r][c] = null;
    if (w.value !== undefined) grid(s.values, r, c, null)[c] = w.value;
  }
  for (const f of plan.fills) {
    const s = out.sheets.find((x) => x.name === f.sheet)!;
    const { row, col } = parseA1(f.cell);
    s.fills ??= [];
    grid(s.fills, row - s.origin.row, col - s.origin.col, null)[col - s.origin.col] = f.fill;
  }
  if (plan.state !== undefined) out.state = plan.state;
  return out;
}

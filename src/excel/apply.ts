/// <reference types="office-js" />
/** Applies a WritePlan in one round trip. */
import { WritePlan } from '../core';
import { ExcelHost } from './host';
import { STATE_KEY } from './read';

/** Queues a whole plan; the caller syncs once. */
export function queuePlan(host: ExcelHost, context: Excel.RequestContext, plan: WritePlan): void {
  const sheets = context.workbook.worksheets;
  for (const w of plan.cells) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    const textFirst = w.asText && w.formula === undefined && w.value !== undefined;
    if (w.numberFormat && !textFirst) range.numberFormat = [[w.numberFormat]];
    if (w.formula) range.formulas = [[w.formula]];
    else if (w.value !== undefined) {
      if (w.asText) range.numberFormat = [['@']];
      range.values = [[w.value]];
      // Text stays text when the cell's own format comes back afterwards.
      if (textFirst && w.numberFormat) range.numberFormat = [[w.numberFormat]];
    }
  }
  for (const f of plan.fills) {
    const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
    if (f.fill === null) fill.clear();
    else {
      fill.color = f.fill.color;
      if (f.fill.pattern && f.fill.pattern !== 'Solid' && host.isSetSupported('ExcelApi', '1.9'))
        fill.pattern = f.fill.pattern as Excel.FillPattern;
    }
  }
  const ns = plan.newSheet;
  if (ns) {
    const ws = sheets.add(ns.name);
    const width = ns.rows.reduce((m, r) => Math.max(m, r.length), 0);
    if (ns.rows.length > 0 && width > 0) {
      const all = ws.getRangeByIndexes(0, 0, ns.rows.length, width);
      // Every written cell is text or number; text is written as text so "- …" stays what it is.
      all.numberFormat = ns.rows.map((r) => Array.from({ length: width }, (_, j) => (typeof r[j] === 'number' ? 'General' : '@')));
      all.values = ns.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
      if (ns.wrap) all.format.wrapText = true;
      all.format.verticalAlignment = 'Top';
      if (ns.borders) {
        const b = ws.getRange(ns.borders).format.borders;
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const)
          b.getItem(edge).style = 'Continuous';
      }
    }
    for (const m of ns.merges) ws.getRange(m).merge(false);
    // Plans give widths in characters, as in an .xlsx; Office.js takes points (8.43 characters = 48 pt).
    ns.columnWidths.forEach((w, j) => (ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = Math.round(w * 5.7)));
    for (const r of ns.boldRows) ws.getRange(`${r}:${r}`).format.font.bold = true;
    if (ns.freezeRows > 0) ws.freezePanes.freezeRows(ns.freezeRows);
    if (host.isSetSupported('ExcelApi', '1.9')) {
      if (ns.landscape) ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      if (ns.printTitleRows) ws.pageLayout.setPrintTitleRows(ns.printTitleRows);
    }
  }
  if (plan.state !== undefined && host.isSetSupported('ExcelApi', '1.4')) {
    if (plan.state === null) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
    else context.workbook.settings.add(STATE_KEY, JSON.stringify(plan.state));
  }
  if (plan.activate) {
    const ws = sheets.getItem(plan.activate.sheet);
    ws.activate();
    if (plan.activate.cell) ws.getRange(plan.activate.cell).select();
  }
}

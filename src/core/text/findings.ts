/** The `text.legacy` finding: one per sheet holding a table and per old encoding found on it. */
import { parseA1 } from '../figures/address';
import type { Finding } from '../rules/findings';
import type { TableOut } from '../report-types';
import type { WorkbookSnapshot } from '../workbook/snapshot';

export function legacyFindings(wb: WorkbookSnapshot, tables: readonly TableOut[]): Finding[] {
  const out: Finding[] = [];
  for (const s of wb.sheets) {
    const table = tables.find((t) => t.sheet === s.name);
    if (!table) continue;
    for (const l of s.legacy ?? []) {
      out.push({
        rule: 'text.legacy',
        severity: 'info',
        sheet: s.name,
        cell: l.example.cell,
        row: parseA1(l.example.cell).row,
        id: null,
        code: null,
        label: '',
        kind: table.kind,
        encoding: l.encoding,
        range: l.range,
        cells: l.cells,
        before: l.example.before,
        after: l.example.after,
      });
    }
  }
  return out;
}

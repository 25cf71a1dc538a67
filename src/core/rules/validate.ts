/** The runner: applies every rule to the indicators of a recognized table. */
import { Catalogue } from '../kinds/appendix/catalogue';
import { Finding, FindingFacts, Place, Severity } from './findings';
import { Indicator } from '../kinds/appendix/indicators';
import { Layout } from '../kinds/appendix/recognize';
import { checkRatio } from './ratios';
import { checkRelation } from './relations';
import { VALUE_RULES } from './values';

function place(layout: Layout, ind: Pick<Indicator, 'cell' | 'row' | 'id' | 'code' | 'label'>): Place {
  return { sheet: layout.sheet, cell: ind.cell, row: ind.row, id: ind.id, code: ind.code, label: ind.label };
}

function finding(p: Place, severity: Severity, facts: FindingFacts): Finding {
  return { ...p, ...facts, severity } as Finding;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Indicators by catalogue id (the first row matched to each id). */
export function indexById(indicators: Indicator[]): Map<string, Indicator> {
  const m = new Map<string, Indicator>();
  for (const i of indicators) if (i.id !== null && !m.has(i.id)) m.set(i.id, i);
  return m;
}

export function validate(layout: Layout, indicators: Indicator[], cat: Catalogue, byId = indexById(indicators)): Finding[] {
  const out: Finding[] = [];
  for (const ind of indicators) {
    for (const rule of VALUE_RULES) {
      const facts = rule.check(ind);
      if (facts) out.push(finding(place(layout, ind), rule.severity, facts));
    }
    if (ind.id === null && (ind.code !== null || ind.reading.ok)) out.push(finding(place(layout, ind), 'info', { rule: 'row.unknown' }));
  }
  for (const rel of cat.relations) for (const r of checkRelation(rel, byId)) out.push(finding(place(layout, r.at), r.severity, r.facts));
  for (const ratio of cat.ratios) {
    const r = checkRatio(ratio, byId);
    if (r) out.push(finding(place(layout, r.at), r.severity, r.facts));
  }
  const labelCell = `${layout.columns.label}${layout.headerRow}`;
  for (const row of cat.rows)
    if (row.required && !byId.has(row.id))
      out.push(
        finding({ sheet: layout.sheet, cell: labelCell, row: layout.headerRow, id: row.id, code: row.code, label: row.label }, 'error', {
          rule: 'required.missing',
        }),
      );
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.row - b.row);
}

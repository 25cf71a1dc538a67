/**
 * The SIPAS components (seeds 003 and 001 section B): the satisfaction index's five components
 * (service access, administrative procedures, civil servants, results, feedback handling) and the
 * overall index, for the office and optionally the provincial average. Components are data
 * (sipas.json): each one's id, label and the words it is recognized by, in the order tried.
 */
import { z } from 'zod';
import data from './sipas.json';
import { HeaderSpecSchema, ReadCell, columnLettersOf, findColumnHeader, headerRight, readColumnRows } from '../columns';
import { ColumnKind, TableInfo } from '../tables';
import { readTitle } from '../appendix/recognize';
import { Hit, Rule, registerRules, runRules } from '../../rules/registry';
import { fold } from '../../figures/text';
import { WorkbookSnapshot, cellAt, cellText } from '../../workbook/snapshot';

export const SipasSpecSchema = HeaderSpecSchema.extend({
  components: z
    .array(z.object({ id: z.string().min(1), label: z.string().min(1), words: z.array(z.string().min(1)).min(1), required: z.boolean() }))
    .min(1),
});
export type SipasSpec = z.infer<typeof SipasSpecSchema>;

export const SIPAS: SipasSpec = SipasSpecSchema.parse(data);

export interface SipasComponent {
  /** 'access' | 'procedures' | 'servants' | 'results' | 'feedback' | 'overall' (and 'reception' in some years' forms). */
  id: string;
  /** The label as written in the table. */
  label: string;
  row: number;
  /** The office's rate (%), null when the cell holds no number. */
  value: number | null;
  cell: string;
  /** The provincial average (%), when the table gives one. */
  average: number | null;
  averageCell: string | null;
}

export interface SipasTable extends TableInfo {
  kind: 'sipas-components';
  components: SipasComponent[];
  /** Components of the method the table does not give. */
  missing: string[];
}

const compiled = SIPAS.components.map((c) => ({ ...c, res: c.words.map((w) => new RegExp(w)) }));

/** The component a label names, or undefined. */
export function componentOf(label: string): string | undefined {
  const t = fold(label);
  return compiled.find((c) => c.res.some((re) => re.test(t)))?.id;
}

const num = (c: ReadCell | undefined) => (c && c.reading.ok ? c.reading.value : null);

export function readSipas(wb: WorkbookSnapshot, spec: SipasSpec = SIPAS): SipasTable[] {
  const out: SipasTable[] = [];
  for (const sheet of wb.sheets) {
    const h = findColumnHeader(sheet, spec, (cand) =>
      readColumnRows(sheet, spec, cand, 'label').some((r) => componentOf(r.cells.label.text) !== undefined),
    );
    if (!h) continue;
    const components: SipasComponent[] = [];
    for (const r of readColumnRows(sheet, spec, h, 'label')) {
      const id = componentOf(r.cells.label.text);
      if (id === undefined || components.some((c) => c.id === id)) continue;
      components.push({
        id,
        label: r.cells.label.text,
        row: r.row,
        value: num(r.cells.office),
        cell: r.cells.office.cell,
        average: num(r.cells.average),
        averageCell: r.cells.average?.cell ?? null,
      });
    }
    const title = readTitle(sheet, h.top);
    const officeHeader = cellText(cellAt(sheet, h.top, (h.cols.office as number[])[0]));
    out.push({
      kind: 'sipas-components',
      sheet: sheet.name,
      headerRow: h.headerRow,
      headerRows: h.headerRows,
      columns: columnLettersOf(h),
      year: title.year,
      office: /^(bhxh|bao hiem xa hoi)\b/.test(fold(officeHeader)) ? officeHeader : title.office,
      edition: null,
      components,
      missing: spec.components.filter((c) => c.required && !components.some((x) => x.id === c.id)).map((c) => c.id),
    });
  }
  return out;
}

function at(c: SipasComponent, cell: string, facts: Hit['facts']): Hit {
  return { cell, row: c.row, code: c.id, label: c.label, facts };
}

export const SIPAS_RULES: Rule<SipasTable>[] = registerRules<SipasTable>([
  {
    id: 'rate.range',
    kind: 'sipas-components',
    severity: 'error',
    facts: ['column', 'columnName', 'actual'],
    check: (t) =>
      t.components.flatMap((c) =>
        (
          [
            ['office', c.value, c.cell],
            ['average', c.average, c.averageCell],
          ] as const
        )
          .filter(([, v, cell]) => v !== null && cell !== null && (v < 0 || v > 100))
          .map(([col, v, cell]) =>
            at(c, cell as string, {
              rule: 'rate.range',
              column: col,
              columnName: SIPAS.columns.find((x) => x.id === col)?.name ?? col,
              actual: v as number,
            }),
          ),
      ),
  },
  {
    id: 'sipas.missing',
    kind: 'sipas-components',
    severity: 'info',
    facts: ['component', 'title'],
    check: (t) =>
      t.missing.map((id) => ({
        cell: `${t.columns.label}${t.headerRow}`,
        row: t.headerRow,
        code: id,
        label: SIPAS.components.find((c) => c.id === id)?.label ?? id,
        facts: { rule: 'sipas.missing' as const, component: id, title: SIPAS.components.find((c) => c.id === id)?.label ?? id },
      })),
  },
]);

export const sipasKind: ColumnKind<SipasTable> = {
  kind: 'sipas-components',
  finder: {
    kind: 'sipas-components',
    find(head) {
      const h = findColumnHeader(head, SIPAS);
      return h ? { kind: 'sipas-components', right: headerRight(h) } : null;
    },
  },
  check(wb) {
    const tables = readSipas(wb);
    return { tables, findings: tables.flatMap((t) => runRules(t, SIPAS_RULES)) };
  },
};

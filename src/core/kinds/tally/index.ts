/**
 * The survey-form tally (seed 002): per unit, forms issued · returned · valid · invalid, then a
 * total row. Header vocabulary and known misspellings of unit names are data (tally.json).
 */
import { z } from 'zod';
import data from './tally.json';
import { HeaderSpecSchema, ReadCell, ReadRow, columnLettersOf, findColumnHeader, headerRight, readColumnRows } from '../columns';
import { ColumnKind, TableInfo } from '../tables';
import { readTitle } from '../appendix/recognize';
import { Hit, Rule, registerRules, runRules } from '../../rules/registry';
import { WorkbookSnapshot } from '../../workbook/snapshot';

export const TallySpecSchema = HeaderSpecSchema.extend({
  typos: z.array(z.object({ wrong: z.string().min(1), right: z.string().min(1) })),
});
export type TallySpec = z.infer<typeof TallySpecSchema>;

export const TALLY: TallySpec = TallySpecSchema.parse(data);

const FIGURES = ['issued', 'returned', 'valid', 'invalid'] as const;
type Figure = (typeof FIGURES)[number];

export interface TallyUnit {
  row: number;
  code: string | null;
  unit: string;
  unitCell: string;
  /** The cell of each figure. */
  cells: Record<Figure, string>;
  /** Each figure as written. */
  texts: Record<Figure, string>;
  /** Each figure, null when the cell holds no number. */
  values: Record<Figure, number | null>;
}

export interface TallyTable extends TableInfo {
  kind: 'survey-tally';
  units: TallyUnit[];
  total: TallyUnit | null;
}

function unitOf(r: ReadRow): TallyUnit {
  const cells = {} as Record<Figure, string>;
  const texts = {} as Record<Figure, string>;
  const values = {} as Record<Figure, number | null>;
  for (const f of FIGURES) {
    const c: ReadCell = r.cells[f];
    cells[f] = c.cell;
    texts[f] = c.text;
    values[f] = c.reading.ok ? c.reading.value : null;
  }
  return {
    row: r.row,
    code: (!r.total && r.cells.code?.text) || null,
    unit: r.cells.unit.text || r.cells.code?.text || '',
    unitCell: r.cells.unit.cell,
    cells,
    texts,
    values,
  };
}

export function readTallies(wb: WorkbookSnapshot, spec: TallySpec = TALLY): TallyTable[] {
  const out: TallyTable[] = [];
  for (const sheet of wb.sheets) {
    const h = findColumnHeader(sheet, spec);
    if (!h) continue;
    const rows = readColumnRows(sheet, spec, h, 'unit');
    const title = readTitle(sheet, h.top);
    const totalRow = rows.find((r) => r.total);
    out.push({
      kind: 'survey-tally',
      sheet: sheet.name,
      headerRow: h.headerRow,
      headerRows: h.headerRows,
      columns: columnLettersOf(h),
      year: title.year,
      office: title.office,
      edition: null,
      units: rows.filter((r) => !r.total).map(unitOf),
      total: totalRow ? unitOf(totalRow) : null,
    });
  }
  return out;
}

const nameOf = (id: Figure) => TALLY.columns.find((c) => c.id === id)?.name ?? id;

function hit(u: TallyUnit, f: Figure, facts: Hit['facts']): Hit {
  return { cell: u.cells[f], row: u.row, code: u.code, label: u.unit, facts };
}

function perUnit(t: TallyTable, fn: (u: TallyUnit, v: Record<Figure, number>) => Hit | null): Hit[] {
  const out: Hit[] = [];
  for (const u of t.units) {
    if (FIGURES.some((f) => u.values[f] === null)) continue;
    const h = fn(u, u.values as Record<Figure, number>);
    if (h) out.push(h);
  }
  return out;
}

export const TALLY_RULES: Rule<TallyTable>[] = registerRules<TallyTable>([
  {
    id: 'cell.number',
    kind: 'survey-tally',
    severity: 'error',
    facts: ['column', 'columnName', 'actual'],
    check: (t) =>
      [...t.units, ...(t.total ? [t.total] : [])].flatMap((u) =>
        FIGURES.filter((f) => u.values[f] === null && u.texts[f] !== '').map((f) =>
          hit(u, f, { rule: 'cell.number', column: f, columnName: nameOf(f), actual: u.texts[f] }),
        ),
      ),
  },
  {
    id: 'tally.returned',
    kind: 'survey-tally',
    severity: 'error',
    facts: ['actual', 'expected'],
    check: (t) =>
      perUnit(t, (u, v) =>
        v.returned > v.issued ? hit(u, 'returned', { rule: 'tally.returned', actual: v.returned, expected: v.issued }) : null,
      ),
  },
  {
    id: 'tally.valid',
    kind: 'survey-tally',
    severity: 'error',
    facts: ['actual', 'expected'],
    check: (t) =>
      perUnit(t, (u, v) => (v.valid > v.returned ? hit(u, 'valid', { rule: 'tally.valid', actual: v.valid, expected: v.returned }) : null)),
  },
  {
    id: 'tally.balance',
    kind: 'survey-tally',
    severity: 'error',
    facts: ['actual', 'expected', 'valid', 'invalid'],
    check: (t) =>
      perUnit(t, (u, v) =>
        v.valid + v.invalid !== v.returned
          ? hit(u, 'invalid', {
              rule: 'tally.balance',
              actual: v.valid + v.invalid,
              expected: v.returned,
              valid: v.valid,
              invalid: v.invalid,
            })
          : null,
      ),
  },
  {
    id: 'tally.total',
    kind: 'survey-tally',
    severity: 'error',
    facts: ['column', 'columnName', 'actual', 'expected'],
    check: (t) => {
      const total = t.total;
      if (!total) return [];
      return FIGURES.flatMap((f) => {
        const actual = total.values[f];
        if (actual === null || t.units.some((u) => u.values[f] === null)) return [];
        const sum = t.units.reduce((s, u) => s + (u.values[f] as number), 0);
        return actual === sum ? [] : [hit(total, f, { rule: 'tally.total', column: f, columnName: nameOf(f), actual, expected: sum })];
      });
    },
  },
  {
    id: 'unit.typo',
    kind: 'survey-tally',
    severity: 'info',
    facts: ['actual', 'expected'],
    check: (t) =>
      t.units.flatMap((u) => {
        const typo = TALLY.typos.find((x) => new RegExp(`(^|[^\\p{L}])${x.wrong}([^\\p{L}]|$)`, 'iu').test(u.unit));
        return typo
          ? [
              {
                cell: u.unitCell,
                row: u.row,
                code: u.code,
                label: u.unit,
                facts: { rule: 'unit.typo' as const, actual: typo.wrong, expected: typo.right },
              },
            ]
          : [];
      }),
  },
]);

export const tallyKind: ColumnKind<TallyTable> = {
  kind: 'survey-tally',
  finder: {
    kind: 'survey-tally',
    find(head) {
      const h = findColumnHeader(head, TALLY);
      return h ? { kind: 'survey-tally', right: headerRight(h) } : null;
    },
  },
  check(wb) {
    const tables = readTallies(wb);
    return { tables, findings: tables.flatMap((t) => runRules(t, TALLY_RULES)) };
  },
};

/**
 * Satisfaction by unit (seed 000): unit · index this year · last year · change. The years are
 * either named ("năm nay", "năm trước") or numbered under a merged heading ("SIPS" over 2017 | 2016).
 */
import data from './satisfaction.json';
import { HeaderMatch, HeaderSpecSchema, ReadCell, columnLettersOf, findColumnHeader, headerRight, readColumnRows } from '../columns';
import { ColumnKind, KindOptions, TableInfo } from '../tables';
import { readTitle } from '../appendix/recognize';
import { Hit, Rule, registerRules, runRules } from '../../rules/registry';
import { halfWidth } from '../../figures/numbers';
import { fold } from '../../figures/text';
import { WorkbookSnapshot, cellAt, cellText } from '../../workbook/snapshot';

export const SATISFACTION = HeaderSpecSchema.parse(data);

export interface Rate {
  cell: string;
  value: number | null;
  decimals: number;
  text: string;
}

export interface SatisfactionUnit {
  row: number;
  code: string | null;
  unit: string;
  unitCell: string;
  current: Rate;
  previous: Rate;
  change: Rate;
  total: boolean;
}

export interface SatisfactionTable extends TableInfo {
  kind: 'satisfaction-by-unit';
  /** The years compared, when the header names them. */
  years: { current: number | null; previous: number | null };
  units: SatisfactionUnit[];
  /** The target the units are measured against (%), null for none. */
  target: number | null;
}

/** Which header columns hold this year and last year: named ones, else the two numbered years (larger = this year). */
function yearColumns(
  h: HeaderMatch,
): { current: number; previous: number; years: { current: number | null; previous: number | null } } | null {
  if (h.cols.current && h.cols.previous)
    return { current: h.cols.current[0], previous: h.cols.previous[0], years: { current: null, previous: null } };
  const ys = (h.cols.years ?? []).map((c) => ({ c, y: Number(/((?:19|20)\d{2})/.exec(h.texts[c] ?? '')?.[1]) }));
  if (ys.length < 2) return null;
  const sorted = [...ys].sort((a, b) => b.y - a.y);
  return { current: sorted[0].c, previous: sorted[1].c, years: { current: sorted[0].y, previous: sorted[1].y } };
}

const acceptable = (h: HeaderMatch) => yearColumns(h) !== null;

function rate(c: ReadCell | undefined): Rate {
  if (!c) return { cell: '', value: null, decimals: 0, text: '' };
  return c.reading.ok
    ? { cell: c.cell, value: c.reading.value, decimals: c.reading.decimals, text: c.text }
    : { cell: c.cell, value: null, decimals: 0, text: c.text };
}

export function readSatisfaction(wb: WorkbookSnapshot, opts: KindOptions = {}): SatisfactionTable[] {
  const out: SatisfactionTable[] = [];
  for (const sheet of wb.sheets) {
    const h = findColumnHeader(sheet, SATISFACTION, acceptable);
    if (!h) continue;
    const yc = yearColumns(h) as NonNullable<ReturnType<typeof yearColumns>>;
    const rows = readColumnRows(sheet, SATISFACTION, h, 'unit');
    const title = readTitle(sheet, h.top);
    const byCol = (cells: Record<string, ReadCell>, col: number) => Object.values(cells).find((x) => x.col === col);
    const columns = columnLettersOf(h);
    delete columns.years;
    const letter = (col: number) => byCol(rows[0]?.cells ?? {}, col)?.cell.replace(/\d+$/, '') ?? '';
    out.push({
      kind: 'satisfaction-by-unit',
      sheet: sheet.name,
      headerRow: h.headerRow,
      headerRows: h.headerRows,
      columns: { ...columns, current: letter(yc.current), previous: letter(yc.previous) },
      year: yc.years.current ?? title.year,
      office: title.office,
      edition: null,
      years: yc.years,
      target: opts.satisfactionTarget ?? null,
      units: rows.map((r) => ({
        row: r.row,
        code: r.cells.code?.text || null,
        unit: r.cells.unit.text,
        unitCell: r.cells.unit.cell,
        current: rate(byCol(r.cells, yc.current)),
        previous: rate(byCol(r.cells, yc.previous)),
        change: rate(r.cells.change),
        total: r.total,
      })),
    });
  }
  return out;
}

const EPS = 1e-9;
const round = (x: number, d: number) => Math.round(x * 10 ** d + (x >= 0 ? EPS : -EPS)) / 10 ** d;

function unitHit(u: SatisfactionUnit, cell: string, facts: Hit['facts']): Hit {
  return { cell, row: u.row, code: u.code, label: u.unit, facts };
}

/** The change a unit prints against this year − last year: null when the figures agree. */
function changeCheck(u: SatisfactionUnit): { exact: number; tolerance: number; within: boolean } | null {
  const [c, p, d] = [u.current, u.previous, u.change];
  if (c.value === null || p.value === null || d.value === null) return null;
  const exact = Number((c.value - p.value).toPrecision(12));
  if (round(exact, d.decimals) === d.value) return null;
  const tolerance = halfWidth(c.decimals, 'percent') + halfWidth(p.decimals, 'percent') + halfWidth(d.decimals, 'percent');
  return { exact, tolerance: Number(tolerance.toPrecision(12)), within: Math.abs(d.value - exact) <= tolerance + EPS };
}

export const SATISFACTION_RULES: Rule<SatisfactionTable>[] = registerRules<SatisfactionTable>([
  {
    id: 'cell.number',
    kind: 'satisfaction-by-unit',
    severity: 'error',
    facts: ['column', 'columnName', 'actual'],
    check: (t) =>
      t.units.flatMap((u) =>
        (['current', 'previous', 'change'] as const)
          .filter((k) => u[k].value === null && u[k].text !== '')
          .map((k) => unitHit(u, u[k].cell, { rule: 'cell.number', column: k, columnName: nameOf(k), actual: u[k].text })),
      ),
  },
  {
    id: 'rate.range',
    kind: 'satisfaction-by-unit',
    severity: 'error',
    facts: ['column', 'columnName', 'actual'],
    check: (t) =>
      t.units.flatMap((u) =>
        (['current', 'previous'] as const)
          .filter((k) => u[k].value !== null && ((u[k].value as number) < 0 || (u[k].value as number) > 100))
          .map((k) => unitHit(u, u[k].cell, { rule: 'rate.range', column: k, columnName: nameOf(k), actual: u[k].value as number })),
      ),
  },
  {
    id: 'satisfaction.change',
    kind: 'satisfaction-by-unit',
    severity: 'error',
    facts: ['actual', 'expected', 'current', 'previous', 'tolerance'],
    check: (t) =>
      t.units.flatMap((u) => {
        const c = changeCheck(u);
        if (!c || c.within) return [];
        return [
          unitHit(u, u.change.cell, {
            rule: 'satisfaction.change',
            actual: u.change.value as number,
            expected: c.exact,
            current: u.current.value as number,
            previous: u.previous.value as number,
            tolerance: c.tolerance,
          }),
        ];
      }),
  },
  {
    id: 'satisfaction.rounding',
    kind: 'satisfaction-by-unit',
    severity: 'info',
    facts: ['actual', 'expected', 'current', 'previous'],
    check: (t) =>
      t.units.flatMap((u) => {
        const c = changeCheck(u);
        if (!c || !c.within) return [];
        return [
          unitHit(u, u.change.cell, {
            rule: 'satisfaction.rounding',
            actual: u.change.value as number,
            expected: c.exact,
            current: u.current.value as number,
            previous: u.previous.value as number,
          }),
        ];
      }),
  },
  {
    id: 'benchmark.below',
    kind: 'satisfaction-by-unit',
    severity: 'info',
    facts: ['unit', 'actual', 'expected'],
    check: (t) =>
      t.target === null
        ? []
        : t.units
            .filter((u) => !u.total && u.current.value !== null && (u.current.value as number) < (t.target as number))
            .map((u) =>
              unitHit(u, u.current.cell, {
                rule: 'benchmark.below',
                unit: u.unit,
                actual: u.current.value as number,
                expected: t.target as number,
              }),
            ),
  },
]);

function nameOf(k: 'current' | 'previous' | 'change'): string {
  return SATISFACTION.columns.find((c) => c.id === k)?.name ?? k;
}

const TARGET_LABEL = /^(muc tieu|chi tieu|ke hoach)( ve)? (chi so )?(hai long|sips|sipas)\b|^(chi so )?hai long (muc tieu|ke hoach)\b/;

/**
 * The satisfaction target the user set in the scoring sheet ("Thang điểm"): a cell naming it
 * ("Mục tiêu chỉ số hài lòng") with the figure to its right. Null when there is none.
 */
export function satisfactionTarget(wb: WorkbookSnapshot): number | null {
  for (const sheet of wb.sheets) {
    if (!fold(sheet.name).startsWith('thang diem')) continue;
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      for (let c = 0; c < row.length; c++) {
        if (typeof row[c] !== 'string' || !TARGET_LABEL.test(fold(cellText(row[c])))) continue;
        for (let cc = c + 1; cc < row.length; cc++) {
          const v = cellAt(sheet, sheet.origin.row + r, sheet.origin.col + cc);
          if (v === null || cellText(v) === '') continue;
          const n = typeof v === 'number' ? (v > 0 && v <= 1 ? v * 100 : v) : Number(cellText(v).replace('%', '').replace(',', '.'));
          if (Number.isFinite(n) && n >= 0 && n <= 100) return Number(n.toPrecision(12));
          break;
        }
      }
    }
  }
  return null;
}

export const satisfactionKind: ColumnKind<SatisfactionTable> = {
  kind: 'satisfaction-by-unit',
  finder: {
    kind: 'satisfaction-by-unit',
    find(head) {
      const h = findColumnHeader(head, SATISFACTION, acceptable);
      return h ? { kind: 'satisfaction-by-unit', right: headerRight(h) } : null;
    },
  },
  check(wb, opts) {
    const target = opts.satisfactionTarget !== undefined ? opts.satisfactionTarget : satisfactionTarget(wb);
    const tables = readSatisfaction(wb, { satisfactionTarget: target });
    return { tables, findings: tables.flatMap((t) => runRules(t, SATISFACTION_RULES)) };
  },
};

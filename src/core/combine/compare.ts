/**
 * This year's report beside last year's (issue 22): tables of the same kind matched (appendix rows by
 * indicator id, unit rows by office name as consolidation matches it, SIPAS components by id), one
 * change per figure given in both, and the slips only a comparison shows, as coded findings at this
 * year's cells. Pure; the sentences are attached by the caller from the message tables.
 */
import type { ChangeOut, IndicatorOut, PreviousOut, Report, TableOut, UnitRowOut } from '../report-types';
import type { Finding, Place, Severity } from '../rules/findings';
import type { TableKind } from '../kinds/units/schema';
import { halfWidth, readNumber, storedDecimals } from '../figures/numbers';
import { officeKey } from './consolidate';

/** Why two workbooks cannot be compared, as a code with its facts. */
export type CompareRefusal =
  | { code: 'previous.same-year'; year: number }
  | { code: 'previous.other-office'; office: string; previousOffice: string }
  /** No table of this year's kinds in last year's workbook (or it holds none, or it is the later one). */
  | {
      code: 'previous.no-match';
      reason: 'not-recognized' | 'no-common-table' | 'later-year';
      year: number | null;
      previousYear: number | null;
    };

export type Comparison = { ok: true; previous: PreviousOut; changes: ChangeOut[]; findings: Finding[] } | ({ ok: false } & CompareRefusal);

/** A count this many times last year's, or this fraction of it, is a digit group lost or added. */
export const JUMP_FACTOR = 100;
/** A percentage falling by this many points is worth a question. */
export const DROP_POINTS = 10;

const EPS = 1e-9;
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const clean = (x: number) => Number(x.toPrecision(12));

type Figure = { cell: string; raw: string | number | boolean | null; value: number | null };

/** The year and the office a report is about: the appendix's title block, else its first table's. */
function about(r: Report): { year: number | null; office: string | null } {
  const first: TableOut | undefined = r.tables[0];
  return { year: r.layout?.year ?? first?.year ?? null, office: r.layout?.office ?? first?.office ?? null };
}

/** The decimals a figure was written with (text) or stored with (a number): what its rounding allows. */
function decimals(f: Figure, measure: 'count' | 'percent'): number {
  if (typeof f.raw === 'string') {
    const r = readNumber(f.raw, 'General', measure);
    if (r.ok) return r.decimals;
  }
  return f.value === null ? 0 : storedDecimals(f.value);
}

interface Pair {
  place: Place & { kind: TableKind };
  column: string | null;
  measure: 'count' | 'percent';
  previous: number;
  current: number;
  /** This year's benchmark for the figure (a criterion's target, a unit table's target). */
  benchmark: number | null;
}

const cellRow = (cell: string) => ({ row: Number(/\d+$/.exec(cell)?.[0] ?? 0) });

function appendixPairs(cur: Report, prev: Report): Pair[] {
  if (!cur.layout || !prev.layout) return [];
  const last = new Map<string, IndicatorOut>();
  for (const i of prev.indicators) if (i.id !== null && !last.has(i.id)) last.set(i.id, i);
  const seen = new Set<string>();
  const out: Pair[] = [];
  for (const i of cur.indicators) {
    if (i.id === null || seen.has(i.id) || (i.kind !== 'count' && i.kind !== 'percent')) continue;
    seen.add(i.id);
    const p = last.get(i.id);
    if (!p || p.kind !== i.kind || p.value === null || i.value === null) continue;
    const criterion = cur.criteria.find(
      (c) => c.cell === i.cell && (c.sheet === null || c.sheet === cur.layout?.sheet) && c.target !== null,
    );
    const { row } = cellRow(i.cell);
    out.push({
      place: { sheet: cur.layout.sheet, cell: i.cell, row, id: i.id, code: i.code, label: i.label, kind: 'statistics-appendix' },
      column: null,
      measure: i.kind,
      previous: p.value,
      current: i.value,
      benchmark: criterion?.target ?? null,
    });
  }
  return out;
}

/** The figures of a unit table worth comparing: counts and this year's rates, never last year's column or the change. */
const COLUMNS: Partial<Record<TableKind, { field: string; measure: 'count' | 'percent' }[]>> = {
  'survey-tally': ['issued', 'returned', 'valid', 'invalid'].map((field) => ({ field, measure: 'count' as const })),
  'satisfaction-by-unit': [{ field: 'current', measure: 'percent' }],
  'sipas-components': [
    { field: 'office', measure: 'percent' },
    { field: 'average', measure: 'percent' },
  ],
};

/** A row's key across years: a component's id, the total row, or the office's name as consolidation matches it. */
const rowKey = (r: UnitRowOut) =>
  r.id !== null ? `id:${r.id}` : r.total ? 'total' : `unit:${officeKey(r.name.replace(/\bbhxx\b/gi, 'BHXH'))}`;

function unitRowPairs(cur: TableOut, prev: TableOut, target: number | null): { pairs: Pair[]; rows: [UnitRowOut, UnitRowOut][] } {
  const last = new Map<string, UnitRowOut>();
  for (const r of prev.rows ?? []) if (!last.has(rowKey(r))) last.set(rowKey(r), r);
  const pairs: Pair[] = [];
  const rows: [UnitRowOut, UnitRowOut][] = [];
  for (const r of cur.rows ?? []) {
    const p = last.get(rowKey(r));
    if (!p) continue;
    last.delete(rowKey(r));
    rows.push([r, p]);
    for (const c of COLUMNS[cur.kind] ?? []) {
      const a = r.values[c.field];
      const b = p.values[c.field];
      if (!a || !b || a.value === null || b.value === null) continue;
      pairs.push({
        place: { sheet: cur.sheet, cell: a.cell, row: r.row, id: r.id, code: r.code, label: r.name, kind: cur.kind },
        column: c.field,
        measure: c.measure,
        previous: b.value,
        current: a.value,
        benchmark: cur.kind === 'satisfaction-by-unit' && !r.total ? target : null,
      });
    }
  }
  return { pairs, rows };
}

/** Last year's figure as this year's satisfaction table states it, against last year's own table. */
function mismatches(rows: [UnitRowOut, UnitRowOut][], cur: TableOut, year: number | null): Finding[] {
  const out: Finding[] = [];
  for (const [r, p] of rows) {
    const stated = r.values.previous;
    const own = p.values.current;
    if (!stated || !own || stated.value === null || own.value === null) continue;
    const diff = Math.abs(stated.value - own.value);
    const tolerance = clean(halfWidth(decimals(stated, 'percent'), 'percent') + halfWidth(decimals(own, 'percent'), 'percent'));
    if (diff <= tolerance + EPS) continue;
    out.push({
      sheet: cur.sheet,
      cell: stated.cell,
      row: r.row,
      id: r.id,
      code: r.code,
      label: r.name,
      kind: cur.kind,
      rule: 'year.mismatch',
      severity: 'error',
      actual: stated.value,
      expected: own.value,
      tolerance,
      year,
      previousCell: own.cell,
    });
  }
  return out;
}

function pairFindings(p: Pair, year: number | null): Finding[] {
  const { previous, current } = p;
  if (p.measure === 'count') {
    if (previous <= 0 || current <= 0) return [];
    const ratio = current / previous;
    if (ratio >= JUMP_FACTOR || ratio <= 1 / JUMP_FACTOR)
      return [{ ...p.place, rule: 'year.jump', severity: 'warning', actual: current, expected: previous, ratio: clean(ratio), year }];
    return [];
  }
  const fell = previous - current;
  const benchmark = p.benchmark;
  const reason =
    fell >= DROP_POINTS - EPS ? 'points' : benchmark !== null && previous >= benchmark && current < benchmark ? 'benchmark' : null;
  if (reason === null) return [];
  return [{ ...p.place, rule: 'year.drop', severity: 'info', actual: current, expected: previous, benchmark, reason, year }];
}

export interface CompareOptions {
  /** The file name to show for last year's workbook. */
  file?: string;
  /** The satisfaction target (%) a unit is held to, when the user set one. */
  target?: number | null;
}

/**
 * Compares this year's report with last year's, or says why not.
 * compareReports(check(wb2021), check(wb2020)) → { ok: true, previous: {year: 2020…}, changes: […], findings: […] }
 */
export function compareReports(current: Report, previous: Report, opts: CompareOptions = {}): Comparison {
  const now = about(current);
  const then = about(previous);
  if (!current.recognized || !previous.recognized)
    return { ok: false, code: 'previous.no-match', reason: 'not-recognized', year: now.year, previousYear: then.year };
  const used = new Set<TableOut>();
  // Tables of the same kind, each of last year's matched once: the appendix by its rows, the others by kind.
  const common = current.tables.flatMap((t) => {
    if (t.kind === 'statistics-appendix' || t.kind === 'scoring-sheet') return [];
    const p = previous.tables.find((x) => x.kind === t.kind && !used.has(x));
    if (!p) return [];
    used.add(p);
    return [[t, p] as const];
  });
  const appendix = current.layout !== undefined && previous.layout !== undefined;
  if (!appendix && common.length === 0)
    return { ok: false, code: 'previous.no-match', reason: 'no-common-table', year: now.year, previousYear: then.year };
  if (now.year !== null && then.year !== null && now.year === then.year) return { ok: false, code: 'previous.same-year', year: now.year };
  if (now.year !== null && then.year !== null && then.year > now.year)
    return { ok: false, code: 'previous.no-match', reason: 'later-year', year: now.year, previousYear: then.year };
  if (now.office !== null && then.office !== null && officeKey(now.office) !== officeKey(then.office))
    return { ok: false, code: 'previous.other-office', office: now.office, previousOffice: then.office };
  const pairs: Pair[] = [...appendixPairs(current, previous)];
  const found: Finding[] = [];
  for (const [t, p] of common) {
    const { pairs: more, rows } = unitRowPairs(t, p, opts.target ?? null);
    pairs.push(...more);
    if (t.kind === 'satisfaction-by-unit') found.push(...mismatches(rows, t, then.year));
  }
  for (const p of pairs) found.push(...pairFindings(p, then.year));
  // Errors first, then by sheet and row, as a table's rules give them.
  found.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || a.row - b.row);
  const changes: ChangeOut[] = pairs.map((p) => ({
    id: p.place.id,
    code: p.place.code,
    label: p.place.label,
    sheet: p.place.sheet,
    cell: p.place.cell,
    kind: p.place.kind,
    column: p.column,
    measure: p.measure,
    previous: p.previous,
    current: p.current,
    delta: clean(p.current - p.previous),
    ratio: p.previous === 0 ? null : clean(p.current / p.previous),
  }));
  return { ok: true, previous: { file: opts.file ?? previous.file ?? null, ...then }, changes, findings: found };
}

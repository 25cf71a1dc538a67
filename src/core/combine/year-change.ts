/**
 * The province's consolidation beside last year's (issue 22: `cchc consolidate --previous LAST…`):
 * each office's figure matched with its own of last year (the office by the typo-tolerant office key,
 * the row by its indicator id), the change (this year − last year, in points for a rate), and the
 * province total's change. Only counts and rates change; coded answers and sections do not. Pure.
 */
import type { CompareRefusal } from './compare';
import { officeKey } from './consolidate';
import { COUNTED, Consolidation, IndicatorTotal } from './types';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Whether a row's figures can be subtracted: counts summed, rates (a ratio's or a unit's own). */
const changes = (t: IndicatorTotal) => t.kind === 'count' || t.kind === 'percent';

const diff = (a: number | null, b: number | null): number | null => (a !== null && b !== null ? round6(a - b) : null);

/**
 * This year's consolidation with last year's beside it, or why not (last year's files of the same or
 * a later year, or none of them added up).
 * withPreviousYear(consolidate(files2021), consolidate(files2020)) → { ok: true, consolidation: { …, previous: { year: 2020 … } } }
 */
export function withPreviousYear(
  current: Consolidation,
  previous: Consolidation,
): { ok: true; consolidation: Consolidation } | ({ ok: false } & CompareRefusal) {
  const added = previous.units.map((u) => COUNTED.includes(u.status));
  if (!added.some(Boolean))
    return { ok: false, code: 'previous.no-match', reason: 'not-recognized', year: current.year, previousYear: previous.year };
  if (current.year !== null && previous.year !== null) {
    if (current.year === previous.year) return { ok: false, code: 'previous.same-year', year: current.year };
    if (previous.year > current.year)
      return { ok: false, code: 'previous.no-match', reason: 'later-year', year: current.year, previousYear: previous.year };
  }
  // Last year's unit of each office (the first added one), by office key.
  const lastOf = new Map<string, number>();
  previous.units.forEach((u, j) => {
    if (added[j] && u.office !== null && !lastOf.has(officeKey(u.office))) lastOf.set(officeKey(u.office), j);
  });
  const match = current.units.map((u) =>
    COUNTED.includes(u.status) && u.office !== null ? (lastOf.get(officeKey(u.office)) ?? null) : null,
  );
  const byId = new Map(previous.indicators.map((t) => [t.id, t]));
  const indicators = current.indicators.map((t): IndicatorTotal => {
    const p = byId.get(t.id);
    if (!p || p.kind !== t.kind || !changes(t)) return t;
    const before = match.map((j) => (j === null ? null : p.values[j]));
    const sameBasis = p.basis === t.basis && (t.basis === 'sum' || t.basis === 'ratio');
    return {
      ...t,
      previous: before,
      change: t.values.map((v, i) => diff(v, before[i])),
      previousTotal: sameBasis ? p.total : null,
      totalChange: sameBasis ? diff(t.total, p.total) : null,
    };
  });
  const matched = match.filter((j) => j !== null).length;
  return {
    ok: true,
    consolidation: {
      ...current,
      indicators,
      previous: { year: previous.year, files: previous.units.filter((u) => u.file !== null).length, matched },
    },
  };
}

/**
 * Satisfaction by unit (seed 000): change = this year − last year, within the interval both roundings
 * allow (a rounded difference is a notice with the exact one, never an error); units below the target.
 */
import { halfWidth } from '../../figures/numbers';
import { Hit, TableRule, figure } from './rule';

/** Binary noise of the subtraction itself. */
const EPS = 1e-9;

const changeDifference: TableRule = {
  id: 'change.difference',
  kinds: ['satisfaction-by-unit'],
  emits: { 'change.rounding': 'info', 'change.mismatch': 'error' },
  check(ctx) {
    const out: Hit[] = [];
    for (const row of ctx.table.rows) {
      const [cur, prev, change] = ['current', 'previous', 'change'].map((f) => row.cells[f]?.reading);
      if (!cur?.ok || !prev?.ok || !change?.ok) continue;
      const exact = Number((cur.value - prev.value).toPrecision(12));
      const diff = Math.abs(change.value - exact);
      if (diff <= EPS) continue;
      const tolerance = halfWidth(cur.decimals, 'percent') + halfWidth(prev.decimals, 'percent') + halfWidth(change.decimals, 'percent');
      const facts = { actual: change.value, expected: exact, current: cur.value, previous: prev.value };
      out.push({
        row,
        field: 'change',
        facts: diff <= tolerance + EPS ? { rule: 'change.rounding', ...facts } : { rule: 'change.mismatch', ...facts, tolerance },
      });
    }
    return out;
  },
};

/** Units whose index this year is below the target the user set; none when no target is set. */
const below: TableRule = {
  id: 'benchmark.below',
  kinds: ['satisfaction-by-unit'],
  emits: { 'benchmark.below': 'info' },
  check(ctx) {
    if (ctx.target === null) return [];
    const out: Hit[] = [];
    for (const row of ctx.table.rows) {
      const v = figure(row, 'current');
      if (row.total || v === null || v >= ctx.target) continue;
      out.push({
        row,
        field: 'current',
        facts: { rule: 'benchmark.below', scope: 'unit', unit: row.name, actual: v, expected: ctx.target },
      });
    }
    return out;
  },
};

export const SATISFACTION_RULES: TableRule[] = [changeDifference, below];

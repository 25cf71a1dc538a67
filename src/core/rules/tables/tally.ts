/** The survey-form tally (seed 002): returned ≤ issued, valid ≤ returned, valid + invalid = returned, total = Σ units. */
import { Hit, TableRule, figure } from './rule';

function leq(id: string, column: string, against: string): TableRule {
  return {
    id,
    kinds: ['survey-tally'],
    emits: { 'tally.leq': 'error' },
    check(ctx) {
      const out: Hit[] = [];
      for (const row of ctx.table.rows) {
        const a = figure(row, column);
        const b = figure(row, against);
        if (a !== null && b !== null && a > b)
          out.push({ row, field: column, facts: { rule: 'tally.leq', column, against, actual: a, expected: b } });
      }
      return out;
    },
  };
}

/** Per unit: the forms returned are either valid or invalid. Printing issued − returned as invalid breaks it. */
const partition: TableRule = {
  id: 'tally.valid-invalid-returned',
  kinds: ['survey-tally'],
  emits: { 'tally.partition': 'error' },
  check(ctx) {
    const out: Hit[] = [];
    for (const row of ctx.table.rows) {
      if (row.total) continue;
      const [returned, valid, invalid] = [figure(row, 'returned'), figure(row, 'valid'), figure(row, 'invalid')];
      if (returned === null || valid === null || invalid === null || valid + invalid === returned) continue;
      out.push({ row, field: 'invalid', facts: { rule: 'tally.partition', actual: valid + invalid, expected: returned, valid, invalid } });
    }
    return out;
  },
};

/** The total row of each count column equals the sum of the units (finding at the total's cell). */
const totalSum: TableRule = {
  id: 'total.sum',
  kinds: ['survey-tally'],
  emits: { 'total.sum': 'error' },
  check(ctx) {
    const out: Hit[] = [];
    const units = ctx.table.rows.filter((r) => !r.total);
    for (const total of ctx.table.rows.filter((r) => r.total))
      for (const col of ctx.kind.columns.filter((c) => c.type === 'count' && ctx.table.columns[c.field])) {
        const stated = figure(total, col.field);
        const parts = units.map((u) => figure(u, col.field));
        if (stated === null || parts.some((p) => p === null)) continue;
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        if (sum !== stated)
          out.push({
            row: total,
            field: col.field,
            facts: { rule: 'total.sum', column: col.field, actual: stated, expected: sum, units: units.length },
          });
      }
    return out;
  },
};

export const TALLY_RULES: TableRule[] = [
  leq('tally.returned-leq-issued', 'returned', 'issued'),
  leq('tally.valid-leq-returned', 'valid', 'returned'),
  partition,
  totalSum,
];

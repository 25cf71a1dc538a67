/** Rules on one figure of a unit table at a time: a count is a whole number ≥ 0, a rate is 0–100. */
import type { Hit, TableRule, TableRuleContext } from './rule';

function figures(ctx: TableRuleContext, type: 'count' | 'percent'): Hit[] {
  const out: Hit[] = [];
  const cols = ctx.kind.columns.filter((c) => c.type === type && ctx.table.columns[c.field]);
  for (const row of ctx.table.rows)
    for (const col of cols) {
      const r = row.cells[col.field]?.reading;
      if (!r) continue;
      const at = { row, field: col.field };
      if (!r.ok) {
        if (r.reason === 'text') out.push({ ...at, facts: { rule: 'cell.type', column: col.field, expected: type, actual: r.text } });
        if (r.reason === 'error') out.push({ ...at, facts: { rule: 'cell.type', column: col.field, expected: type, actual: r.error } });
        continue;
      }
      if (type === 'count' && !Number.isInteger(r.value))
        out.push({ ...at, facts: { rule: 'cell.type', column: col.field, expected: type, actual: r.value } });
      else if (r.value < 0 || (type === 'percent' && r.value > 100))
        out.push({ ...at, facts: { rule: 'cell.range', column: col.field, expected: type, actual: r.value } });
    }
  return out;
}

const countType: TableRule = {
  id: 'count.type',
  kinds: ['survey-tally'],
  emits: { 'cell.type': 'error', 'cell.range': 'error' },
  check: (ctx) => figures(ctx, 'count'),
};

const rateRange: TableRule = {
  id: 'rate.range',
  kinds: ['satisfaction-by-unit', 'sipas-components'],
  emits: { 'cell.type': 'error', 'cell.range': 'error' },
  check: (ctx) => figures(ctx, 'percent'),
};

/** A unit's name with a mistyped word, against the forms the kind knows ("BHXX" → "BHXH"). */
const unitTypo: TableRule = {
  id: 'unit.typo',
  kinds: ['survey-tally', 'satisfaction-by-unit'],
  emits: { 'unit.typo': 'info' },
  check(ctx) {
    const out: Hit[] = [];
    for (const row of ctx.table.rows) {
      if (row.total) continue;
      for (const word of row.name.split(/[\s,.;:()]+/)) {
        const typo = ctx.kind.typos.find((t) => t.wrong === word.toLowerCase());
        if (typo) out.push({ row, field: null, facts: { rule: 'unit.typo', actual: word, expected: typo.right } });
      }
    }
    return out;
  },
};

export const CELL_RULES: TableRule[] = [countType, rateRange, unitTypo];

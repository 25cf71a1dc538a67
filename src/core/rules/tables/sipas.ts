/** SIPAS components (seeds 001, 003): every component the method defines is present; rows it does not know are notices. */
import { Hit, TableRule } from './rule';

const components: TableRule = {
  id: 'sipas.missing',
  kinds: ['sipas-components'],
  emits: { 'component.missing': 'warning', 'component.unknown': 'info' },
  check(ctx) {
    const out: Hit[] = [];
    const seen = new Set(ctx.table.rows.map((r) => r.known?.id).filter(Boolean));
    for (const known of ctx.kind.rows)
      if (!known.optional && !seen.has(known.id))
        out.push({ row: null, field: null, facts: { rule: 'component.missing', component: known.id } });
    for (const row of ctx.table.rows) if (!row.known && !row.total) out.push({ row, field: null, facts: { rule: 'component.unknown' } });
    return out;
  },
};

export const SIPAS_RULES: TableRule[] = [components];

/** What a table rule is: metadata and a pure check over a recognized table (the registry runs them). */
import type { TableKind, UnitKind } from '../../kinds/units/schema';
import type { UnitRow, UnitTable } from '../../kinds/units/recognize';
import type { FindingFacts, RuleId, Severity } from '../findings';

export interface TableRuleContext {
  table: UnitTable;
  kind: UnitKind;
  /** The target the user set for this kind (the "Thang điểm" sheet), or null. */
  target: number | null;
}

/** What a rule saw: the row (null: the table as a whole), the column (null: the row's name) and the facts. */
export interface Hit {
  row: UnitRow | null;
  field: string | null;
  facts: FindingFacts;
}

export interface TableRule {
  id: string;
  kinds: TableKind[];
  /** The finding codes this rule can emit, each with its severity. */
  emits: Partial<Record<RuleId, Severity>>;
  check(ctx: TableRuleContext): Hit[];
}

/** The figure of a row's column, or null when it is not a readable number. */
export function figure(row: UnitRow, field: string): number | null {
  const c = row.cells[field];
  return c && c.reading.ok ? c.reading.value : null;
}

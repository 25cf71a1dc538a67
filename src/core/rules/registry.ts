/**
 * One registry of table rules: each rule is metadata (its id, the kinds it applies to, the finding
 * codes it emits with their severity) plus a pure function over a recognized table. One runner sets
 * every finding's place (sheet, cell, row) and severity, so a rule only states the facts it saw.
 */
import type { TableKind, UnitKind } from '../kinds/units/schema';
import type { UnitRow, UnitTable } from '../kinds/units/recognize';
import { Finding, FindingFacts, RuleId, Severity } from './findings';
import { TALLY_RULES } from './tables/tally';
import { SATISFACTION_RULES } from './tables/satisfaction';
import { CELL_RULES } from './tables/cells';
import { SIPAS_RULES } from './tables/sipas';

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

/** Misuse of the core: a kind names a rule the registry does not hold, or one not meant for it. */
export class UnknownRuleError extends Error {
  constructor(rule: string, kind: string) {
    super(`rule ${rule} is not registered for ${kind}`);
    this.name = 'UnknownRuleError';
  }
}

/** Every table rule, by id. A kind's data lists the ids it uses. */
export const TABLE_RULES: ReadonlyMap<string, TableRule> = new Map(
  [...CELL_RULES, ...TALLY_RULES, ...SATISFACTION_RULES, ...SIPAS_RULES].map((r) => [r.id, r]),
);

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs the kind's rules on a table: findings placed at their cells, errors first, then by row. */
export function runTableRules(table: UnitTable, kind: UnitKind, target: number | null = null): Finding[] {
  const out: Finding[] = [];
  const ctx: TableRuleContext = { table, kind, target };
  const headerCell = `${table.columns[kind.nameField]}${table.headerRow}`;
  for (const id of kind.rules) {
    const rule = TABLE_RULES.get(id);
    if (!rule || !rule.kinds.includes(kind.kind)) throw new UnknownRuleError(id, kind.kind);
    for (const hit of rule.check(ctx)) {
      const severity = rule.emits[hit.facts.rule];
      if (!severity) throw new UnknownRuleError(`${id}→${hit.facts.rule}`, kind.kind);
      const r = hit.row;
      const cell = r ? (hit.field ? (r.cells[hit.field]?.cell ?? r.nameCell) : r.nameCell) : headerCell;
      out.push({
        sheet: table.sheet,
        cell,
        row: r ? r.row : table.headerRow,
        id: r?.known?.id ?? null,
        code: r?.code ?? null,
        label: r ? r.name : '',
        kind: table.kind,
        ...hit.facts,
        severity,
      } as Finding);
    }
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.row - b.row);
}

/** The figure of a row's column, or null when it is not a readable number. */
export function figure(row: UnitRow, field: string): number | null {
  const c = row.cells[field];
  return c && c.reading.ok ? c.reading.value : null;
}

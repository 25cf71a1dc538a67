/**
 * One registry of table rules: each rule is metadata (its id, the kinds it applies to, the finding
 * codes it emits with their severity) plus a pure function over a recognized table. One runner sets
 * every finding's place (sheet, cell, row) and severity, so a rule only states the facts it saw.
 */
import type { TableKind, UnitKind } from '../kinds/units/schema';
import type { UnitTable } from '../kinds/units/recognize';
import { Finding, RuleId, Severity } from './findings';
import type { TableRule, TableRuleContext } from './tables/rule';
import { TALLY_RULES } from './tables/tally';
import { SATISFACTION_RULES } from './tables/satisfaction';
import { CELL_RULES } from './tables/cells';
import { SIPAS_RULES } from './tables/sipas';

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

/** One entry of the index of every finding code: which kinds emit it, with which severities, and its facts. */
export interface RuleMeta {
  rule: RuleId;
  kinds: TableKind[];
  severities: Severity[];
  /** The fields a finding of this code carries beyond its place and severity. */
  facts: string[];
}

export { figure } from './tables/rule';
export type { Hit, TableRule, TableRuleContext } from './tables/rule';

const APPENDIX: TableKind[] = ['statistics-appendix'];

/** One entry of the index without its code (the index's key). */
type RuleEntry = Omit<RuleMeta, 'rule'>;

/**
 * Every finding code the core can emit, in one index: the appendix's rules (values.ts, relations.ts,
 * ratios.ts, run by validate.ts; a relation's severity comes from the catalogue), the scoring sheet's
 * and the table rules registered above. Keyed by code and checked against `RuleId` when compiled, so a
 * code added to the findings and not here does not build. Fronts and scripts can list what is checked
 * from it; a test holds it to the truth.
 */
const RULES = {
  'value.error': { kinds: APPENDIX, severities: ['error'], facts: ['actual'] },
  'type.count': { kinds: APPENDIX, severities: ['error'], facts: ['actual'] },
  'range.count': { kinds: APPENDIX, severities: ['error'], facts: ['actual'] },
  'type.percent': { kinds: APPENDIX, severities: ['error'], facts: ['actual'] },
  'range.percent': { kinds: APPENDIX, severities: ['error'], facts: ['actual'] },
  'enum.code': { kinds: APPENDIX, severities: ['error'], facts: ['actual', 'expected'] },
  'relation.leq': { kinds: APPENDIX, severities: ['error', 'warning'], facts: ['actual', 'expected', 'related'] },
  'relation.part': { kinds: APPENDIX, severities: ['error'], facts: ['actual', 'expected', 'related'] },
  'relation.partition': { kinds: APPENDIX, severities: ['error'], facts: ['actual', 'expected', 'related'] },
  'shares.sum': { kinds: APPENDIX, severities: ['error'], facts: ['actual', 'expected', 'related', 'inNotes'] },
  'ratio.mismatch': { kinds: APPENDIX, severities: ['error'], facts: ['actual', 'expected', 'numerator', 'denominator', 'source'] },
  'implied.missing': { kinds: APPENDIX, severities: ['warning'], facts: ['related'] },
  'required.missing': { kinds: APPENDIX, severities: ['error'], facts: [] },
  'row.unknown': { kinds: APPENDIX, severities: ['info'], facts: [] },
  'benchmark.below': {
    kinds: [...APPENDIX, 'satisfaction-by-unit'],
    severities: ['info'],
    facts: ['criterion', 'title', 'actual', 'expected', 'points', 'max', 'scope', 'unit'],
  },
  'rubric.invalid': { kinds: ['scoring-sheet'], severities: ['error'], facts: ['column', 'columnName', 'problem'] },
  'score.invalid': {
    kinds: ['scoring-sheet'],
    severities: ['error'],
    facts: ['column', 'columnName', 'criterion', 'problem', 'actual', 'max'],
  },
  'cell.type': {
    kinds: ['survey-tally', 'satisfaction-by-unit', 'sipas-components'],
    severities: ['error'],
    facts: ['column', 'expected', 'actual'],
  },
  'cell.range': {
    kinds: ['survey-tally', 'satisfaction-by-unit', 'sipas-components'],
    severities: ['error'],
    facts: ['column', 'expected', 'actual'],
  },
  'tally.leq': { kinds: ['survey-tally'], severities: ['error'], facts: ['column', 'against', 'actual', 'expected'] },
  'tally.partition': { kinds: ['survey-tally'], severities: ['error'], facts: ['actual', 'expected', 'valid', 'invalid'] },
  'total.sum': { kinds: ['survey-tally'], severities: ['error'], facts: ['column', 'actual', 'expected', 'units'] },
  'unit.typo': { kinds: ['survey-tally', 'satisfaction-by-unit'], severities: ['info'], facts: ['actual', 'expected'] },
  'change.rounding': { kinds: ['satisfaction-by-unit'], severities: ['info'], facts: ['actual', 'expected', 'current', 'previous'] },
  'change.mismatch': {
    kinds: ['satisfaction-by-unit'],
    severities: ['error'],
    facts: ['actual', 'expected', 'current', 'previous', 'tolerance'],
  },
  'year.jump': { kinds: [...APPENDIX, 'survey-tally'], severities: ['warning'], facts: ['actual', 'expected', 'ratio', 'year'] },
  'year.drop': {
    kinds: [...APPENDIX, 'satisfaction-by-unit', 'sipas-components'],
    severities: ['info'],
    facts: ['actual', 'expected', 'benchmark', 'reason', 'year'],
  },
  'year.mismatch': {
    kinds: ['satisfaction-by-unit'],
    severities: ['error'],
    facts: ['actual', 'expected', 'tolerance', 'year', 'previousCell'],
  },
  'component.missing': { kinds: ['sipas-components'], severities: ['warning'], facts: ['component'] },
  'component.unknown': { kinds: ['sipas-components'], severities: ['info'], facts: [] },
  'text.legacy': {
    kinds: [...APPENDIX, 'survey-tally', 'satisfaction-by-unit', 'sipas-components', 'scoring-sheet'],
    severities: ['info'],
    facts: ['encoding', 'range', 'cells', 'before', 'after'],
  },
} satisfies Record<RuleId, RuleEntry>;

/** The index as a list, in the order above. */
export const RULE_INDEX: RuleMeta[] = (Object.entries(RULES) as [RuleId, RuleEntry][]).map(([rule, meta]) => ({ rule, ...meta }));

/**
 * One registry of rules for the table kinds read by columns: a rule is metadata (id, kind,
 * severity, the facts it emits) and a pure function over a table; one runner sets the place
 * (sheet, kind) and the severity.
 */
import { Finding, FindingFacts, KindId, Severity } from './findings';

export interface RuleMeta {
  id: FindingFacts['rule'];
  kind: KindId;
  severity: Severity;
  /** The facts a finding of this rule carries besides its place. */
  facts: readonly string[];
}

/** What a rule saw, and where: the runner adds sheet, kind and severity. */
export interface Hit {
  cell: string;
  row: number;
  code: string | null;
  label: string;
  facts: FindingFacts;
}

export interface Rule<T> extends RuleMeta {
  check(table: T): Hit[];
}

/** Every rule of the column-read kinds, for the README's rule table and for tests. */
export const RULES: RuleMeta[] = [];

/** Registers a kind's rules once, at module load, and returns them. */
export function registerRules<T>(rules: Rule<T>[]): Rule<T>[] {
  for (const r of rules) if (!RULES.some((x) => x.id === r.id && x.kind === r.kind)) RULES.push(r);
  return rules;
}

/** Runs the rules over a table; findings in sheet order, errors first within a row. */
export function runRules<T extends { sheet: string }>(table: T, rules: Rule<T>[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules)
    for (const hit of rule.check(table))
      out.push({
        sheet: table.sheet,
        cell: hit.cell,
        row: hit.row,
        id: null,
        code: hit.code,
        label: hit.label,
        kind: rule.kind,
        ...hit.facts,
        severity: rule.severity,
      } as Finding);
  return out;
}

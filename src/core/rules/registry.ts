/**
 * One registry of rules for the table kinds read by columns: a rule is metadata (id, kind,
 * severity, the facts it emits) and a pure function over a table; one runner sets the place
 * (sheet, kind) and the severity.
 */
import { Finding, FindingFacts, KindId, Severity } from './findings';
import { VALUE_RULES } from './values';

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

/**
 * The appendix's rules, as metadata: their functions run row by row against the catalogue
 * (values.ts, relations.ts, ratios.ts, validate.ts); the scoring sheet's and the benchmark's come from scoring.
 */
const APPENDIX_RULES: RuleMeta[] = [
  ...VALUE_RULES.map((r) => ({
    id: r.id,
    kind: 'statistics-appendix' as const,
    severity: r.severity,
    facts: r.id === 'enum.code' ? ['actual', 'expected'] : ['actual'],
  })),
  ...(['relation.leq', 'relation.part', 'relation.partition'] as const).map((id) => ({
    id,
    kind: 'statistics-appendix' as const,
    severity: 'error' as const,
    facts: ['actual', 'expected', 'related'],
  })),
  { id: 'shares.sum', kind: 'statistics-appendix', severity: 'error', facts: ['actual', 'expected', 'related', 'inNotes'] },
  {
    id: 'ratio.mismatch',
    kind: 'statistics-appendix',
    severity: 'error',
    facts: ['actual', 'expected', 'numerator', 'denominator', 'source'],
  },
  { id: 'implied.missing', kind: 'statistics-appendix', severity: 'warning', facts: ['related'] },
  { id: 'required.missing', kind: 'statistics-appendix', severity: 'error', facts: [] },
  { id: 'row.unknown', kind: 'statistics-appendix', severity: 'info', facts: [] },
  {
    id: 'benchmark.below',
    kind: 'statistics-appendix',
    severity: 'info',
    facts: ['criterion', 'title', 'actual', 'expected', 'points', 'max'],
  },
  { id: 'rubric.invalid', kind: 'scoring-sheet', severity: 'error', facts: ['column', 'columnName', 'detail'] },
];

/** Every rule of every kind (the appendix's as metadata), for the README's rule table and for tests. */
export const RULES: RuleMeta[] = [...APPENDIX_RULES];

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

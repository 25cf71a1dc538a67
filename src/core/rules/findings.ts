/** A finding is data: which rule, where, and the facts it saw. Messages are attached later per language. */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points, and which row it is about. */
export interface Place {
  sheet: string;
  /** A1 address of the cell to select. */
  cell: string;
  row: number;
  /** The catalogue id of the row, null for a row the catalogue does not know. */
  id: string | null;
  /** The row's code as written, without its final dot. */
  code: string | null;
  label: string;
  /** The kind of table the finding is about (DESIGN's kinds). */
  kind?: KindId;
}

/** The official tables the core knows. */
export type KindId = 'statistics-appendix' | 'survey-tally' | 'satisfaction-by-unit' | 'sipas-components' | 'scoring-sheet';

/** Another row a relation finding depends on. */
export interface Related {
  id: string | null;
  code: string | null;
  label: string;
  cell: string;
  value: number;
}

export type FindingFacts =
  | { rule: 'value.error'; actual: string }
  | { rule: 'type.count'; actual: string | number }
  | { rule: 'range.count'; actual: number }
  | { rule: 'type.percent'; actual: string }
  | { rule: 'range.percent'; actual: number }
  | { rule: 'enum.code'; actual: string | number; expected: number[] }
  | { rule: 'relation.leq'; actual: number; expected: number; related: Related[] }
  | { rule: 'relation.part'; actual: number; expected: number; related: Related[] }
  | { rule: 'relation.partition'; actual: number; expected: number; related: Related[] }
  | { rule: 'shares.sum'; actual: number; expected: number; related: Related[]; inNotes: number[] }
  | { rule: 'ratio.mismatch'; actual: number; expected: number; numerator: number; denominator: number; source: 'note' | 'rows' }
  | { rule: 'implied.missing'; related: Related[] }
  | { rule: 'required.missing' }
  | { rule: 'row.unknown' }
  | { rule: 'benchmark.below'; criterion: string; title: string; actual: number; expected: number; points: number; max: number }
  /** A unit of a satisfaction table below the target the user set. */
  | { rule: 'benchmark.below'; unit: string; actual: number; expected: number }
  | { rule: 'cell.number'; column: string; columnName: string; actual: string }
  | { rule: 'rate.range'; column: string; columnName: string; actual: number }
  | { rule: 'tally.returned'; actual: number; expected: number }
  | { rule: 'tally.valid'; actual: number; expected: number }
  | { rule: 'tally.balance'; actual: number; expected: number; valid: number; invalid: number }
  | { rule: 'tally.total'; column: string; columnName: string; actual: number; expected: number }
  | { rule: 'unit.typo'; actual: string; expected: string }
  | { rule: 'satisfaction.change'; actual: number; expected: number; current: number; previous: number; tolerance: number }
  | { rule: 'satisfaction.rounding'; actual: number; expected: number; current: number; previous: number }
  | { rule: 'sipas.missing'; component: string; title: string }
  | { rule: 'rubric.invalid'; column: string; columnName: string; detail: { vi: string; en: string } };

export type RuleId = FindingFacts['rule'];

export type Finding = Place & FindingFacts & { severity: Severity };

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
}

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
  | { rule: 'rubric.invalid'; column: string; columnName: string; detail: { vi: string; en: string } }
  | {
      rule: 'score.invalid';
      column: string;
      columnName: string;
      /** The criterion's id, or null for the rating bands. */
      criterion: string | null;
      problem: 'not-number' | 'above-max' | 'negative' | 'bands';
      actual: string;
      max: number | null;
    };

export type RuleId = FindingFacts['rule'];

export type Finding = Place & FindingFacts & { severity: Severity };

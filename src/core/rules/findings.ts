/** A finding is data: which rule, where, and the facts it saw. Messages are attached later per language. */
import type { TableKind } from '../kinds/units/schema';

export type Severity = 'error' | 'warning' | 'info';

/** Why the scoring sheet cannot be read, as a code with its facts; the sentences are in the message tables. */
export type RubricProblem =
  | { code: 'no-header' }
  | { code: 'missing-column'; name: string }
  | { code: 'bad-code'; text: string }
  | { code: 'score-without-max' }
  | { code: 'not-number'; text: string }
  | { code: 'bad-scale'; text: string }
  | { code: 'bad-measure'; text: string }
  | { code: 'no-criteria' }
  /** A value the rubric's own schema refuses (`detail` is the schema's words). */
  | { code: 'invalid'; detail: string };

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
  /** The table the finding is about (set by the report for every finding). */
  kind?: TableKind;
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
  /** A unit whose rate is below the target the user set (satisfaction by unit). */
  | { rule: 'benchmark.below'; scope: 'unit'; unit: string; actual: number; expected: number }
  /** A figure of a unit table that is text, or a count that is not whole. */
  | { rule: 'cell.type'; column: string; expected: 'count' | 'percent'; actual: string | number }
  /** A count below 0, or a rate outside 0–100. */
  | { rule: 'cell.range'; column: string; expected: 'count' | 'percent'; actual: number }
  /** One column of a row above another it is part of (returned > issued, valid > returned). */
  | { rule: 'tally.leq'; column: string; against: string; actual: number; expected: number }
  /** Valid + invalid forms of a unit differ from the forms returned. */
  | { rule: 'tally.partition'; actual: number; expected: number; valid: number; invalid: number }
  /** The total row's figure differs from the sum of the units' figures. */
  | { rule: 'total.sum'; column: string; actual: number; expected: number; units: number }
  /** A mistyped word in a unit's name ("BHXX" for "BHXH"). */
  | { rule: 'unit.typo'; actual: string; expected: string }
  /** change ≠ this year − last year, but within what the roundings allow: the exact difference. */
  | { rule: 'change.rounding'; actual: number; expected: number; current: number; previous: number }
  /** change ≠ this year − last year beyond what the roundings allow. */
  | { rule: 'change.mismatch'; actual: number; expected: number; current: number; previous: number; tolerance: number }
  /** A count at least 100 times, or at most 1/100 of, last year's (both above zero): a digit group lost or added. */
  | { rule: 'year.jump'; actual: number; expected: number; ratio: number; year: number | null }
  /** A percentage that fell 10 points or more, or fell below its benchmark having met it last year. */
  | { rule: 'year.drop'; actual: number; expected: number; benchmark: number | null; reason: 'points' | 'benchmark'; year: number | null }
  /** Last year's figure as this year's workbook states it differs from last year's workbook beyond rounding. */
  | { rule: 'year.mismatch'; actual: number; expected: number; tolerance: number; year: number | null; previousCell: string }
  /** A component the kind expects is not in the table. */
  | { rule: 'component.missing'; component: string }
  /** A row of a fixed-row table that the kind does not know. */
  | { rule: 'component.unknown' }
  /** Text typed in an old encoding (TCVN3, VNI), read as Unicode for the check: where, how many cells, one cell as written and as read. */
  | { rule: 'text.legacy'; encoding: 'tcvn3' | 'vni'; range: string; cells: number; before: string; after: string }
  | { rule: 'rubric.invalid'; column: string; columnName: string; problem: RubricProblem }
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

/**
 * The row code a finding shows beside its cell: the code of the row as written in the sheet
 * (2.5.3), never a rubric id; a finding about a criterion shows the code of the indicator its
 * figure comes from. Null when the row has none.
 */
export function shownCode(
  f: Pick<Finding, 'rule' | 'cell' | 'code'>,
  indicators: readonly { cell: string; code: string | null }[],
): string | null {
  if (f.rule === 'benchmark.below' || f.rule === 'rubric.invalid') return indicators.find((i) => i.cell === f.cell)?.code ?? null;
  return f.code;
}

/** Where a finding points, as every front shows it: the cell, with its sheet when the tables found sit on several sheets. */
export function placeOf(f: Pick<Finding, 'sheet' | 'cell'>, tables: readonly { sheet: string }[]): string {
  return new Set(tables.map((t) => t.sheet)).size > 1 ? `${f.sheet}!${f.cell}` : f.cell;
}

/**
 * Consolidation of many workbooks' reports (the province's desk): each file kept as a small summary
 * (its values per indicator, its ratios' counts, its tally and its findings), never as a whole report,
 * then the units' statuses, the province's totals and the cross-file findings. Coded throughout: the
 * words are in the message tables.
 */
import type { OfficeLevel } from '../kinds/appendix/offices';
import type { IndicatorKind } from '../kinds/appendix/indicators';
import type { Severity } from '../rules/findings';

/** A unit's status (DESIGN's contract). Totals cover `ok` and `findings` only. */
export type UnitStatus = 'ok' | 'findings' | 'unreadable' | 'not-recognized' | 'duplicate' | 'other-year' | 'missing';

/** How a total is made: counts summed, a ratio from summed counts, coded answers counted per code, or none. */
export type Basis = 'sum' | 'ratio' | 'codes' | 'none';

export const COUNTED: readonly UnitStatus[] = ['ok', 'findings'];

/** How many units a consolidation added into its totals (status đạt or có lỗi). */
export function addedUnits(c: { units: readonly { status: UnitStatus }[] }): number {
  return c.units.filter((u) => COUNTED.includes(u.status)).length;
}

/** A finding of one file, as the file's report gave it (its sentence in both languages). */
export interface FileFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  code: string | null;
  messages: { vi: string; en: string };
}

/** The survey-form counts of one file (seed 002's columns): its total row, or its one unit row. */
export interface TallyFigures {
  issued: number | null;
  returned: number | null;
  valid: number | null;
  invalid: number | null;
}

export const TALLY_FIELDS = ['issued', 'returned', 'valid', 'invalid'] as const;

/** What consolidation keeps of one file: small, and the same size however large the file was. */
export interface UnitSummary {
  file: string;
  office: string | null;
  year: number | null;
  edition: string | null;
  /** Could not be read at all, or read but holds nothing to consolidate (no appendix and no tally). */
  problem: 'unreadable' | 'not-recognized' | null;
  /** Why, in both languages, when there is a problem. */
  reason: { vi: string; en: string } | null;
  errors: number;
  warnings: number;
  score: { achieved: number; possible: number; unscored: number } | null;
  /** Where the scoring came from: the workbook's scoring sheet, a rubric file, the defaults; null: nothing scored. */
  scoreFrom: 'sheet' | 'file' | 'default' | null;
  /** The on-time dossier rate (%) and its benchmark from the scoring, when known. */
  onTime: { value: number | null; target: number | null } | null;
  /**
   * The value of each indicator: `figures[slots.get(id)]`, NaN where the row has no number (or is
   * absent). `slots` is shared by every summary of a batch, so a file costs 8 bytes per indicator.
   */
  values: { slots: Map<string, number>; figures: Float64Array };
  /** Ratio id → the counts behind it. */
  ratios: Map<string, { numerator: number; denominator: number; value: number }>;
  tally: TallyFigures | null;
  findings: FileFinding[];
}

/** A row of the consolidated appendix: an indicator of the catalogue, or a ratio the appendix has no row for. */
export interface RowDef {
  id: string;
  code: string | null;
  label: string;
  unit: string;
  kind: IndicatorKind;
  /** The ratio whose counts make this row's total, when there is one. */
  ratio: string | null;
  /** The codes of a coded answer, from the unit cell. */
  codes: { code: number; label: string }[];
}

export interface CodeCount {
  code: number;
  /** The code's name in the unit cell, or null for a value outside the codes. */
  label: string | null;
  count: number;
}

/** One unit of `--json`'s `units`: a file, or an expected office not received. */
export interface UnitOut {
  file: string | null;
  office: string | null;
  officeLevel: OfficeLevel | null;
  year: number | null;
  edition: string | null;
  status: UnitStatus;
  errors: number;
  warnings: number;
  score: { achieved: number; possible: number; unscored: number } | null;
}

/** One row of `--json`'s `indicators`: each unit's value and the province's total. */
export interface IndicatorTotal {
  id: string;
  code: string | null;
  label: string;
  unit: string;
  kind: IndicatorKind;
  /** One per unit, in `units` order; null where absent or where the unit is not added. */
  values: (number | null)[];
  total: number | null;
  basis: Basis;
  /** Coded rows: how many units gave each code. */
  counts?: CodeCount[];
  /** Ratio rows: the summed counts the total comes from. */
  numerator?: number;
  denominator?: number;
  /** With last year's files (`--previous`), counts and rates: each unit's figure of last year (its office matched), in `units` order. */
  previous?: (number | null)[];
  /** This year − last year per unit (points for a rate); null where either is absent. */
  change?: (number | null)[];
  /** Last year's province total (made the same way), and the change of the total. */
  previousTotal?: number | null;
  totalChange?: number | null;
}

/** A finding about the set of files (rule ids of their own, apart from a workbook's rules). */
export type CrossFinding =
  | { rule: 'consolidate.year'; file: string; office: string | null; year: number; expected: number }
  | { rule: 'consolidate.edition'; file: string; office: string | null; edition: string; expected: string }
  | { rule: 'consolidate.duplicate'; file: string; office: string; first: string }
  | { rule: 'consolidate.missing'; file: null; office: string }
  | {
      rule: 'consolidate.unreadable';
      file: string;
      office: null;
      status: 'unreadable' | 'not-recognized';
      reason: { vi: string; en: string } | null;
    };

export type CrossRule = CrossFinding['rule'];

/** The survey-form tallies side by side: one row per added unit that carries one. */
export interface TallyTotal {
  rows: { unit: number; office: string | null; figures: TallyFigures }[];
  total: TallyFigures;
}

/** One office of the ranking: its points, its index (achieved ÷ possible × 100) and its on-time rate against the benchmark. */
export interface RankRow {
  unit: number;
  rank: number;
  office: string | null;
  achieved: number;
  possible: number;
  index: number | null;
  onTime: number | null;
  target: number | null;
}

export interface Consolidation {
  /** The year most files give; null when none gives one. */
  year: number | null;
  edition: string | null;
  units: UnitOut[];
  indicators: IndicatorTotal[];
  tally: TallyTotal | null;
  /** The added units ranked by their score, when the files carry scoring sheets (or a rubric file scored them); else null. */
  ranking: RankRow[] | null;
  findings: CrossFinding[];
  /** Every finding of every added or listed file, with the unit it belongs to (index into `units`). */
  fileFindings: { unit: number; finding: FileFinding }[];
  /** Last year's files, when given (`--previous`): their year, how many, and how many of this year's units found their office among them. */
  previous?: { year: number | null; files: number; matched: number };
}

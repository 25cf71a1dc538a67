/**
 * The report of DESIGN's JSON contract, as types: what `check` returns and what the fronts, the
 * writers and the message tables read. Apart from `report.ts` so that those can read it without
 * importing the check (and the check can use the message tables).
 */
import type { Derived, Measure } from './derive/derive';
import type { Finding, Severity } from './rules/findings';
import type { IndicatorKind } from './kinds/appendix/indicators';
import type { Field, Layout } from './kinds/appendix/recognize';
import type { OfficeLevel } from './kinds/appendix/offices';
import type { Heading } from './scoring';
import type { CriterionScore, ScoreTotals } from './scoring/score';
import type { TableKind } from './kinds/units/schema';
import type { UnitTable } from './kinds/units/recognize';

/** Why no table was recognized, as codes; their sentences are in the message tables. */
export type NotFound =
  /** No sheet has the header of any known table. */
  | { code: 'no-table' }
  /** A sheet has a header row like the appendix's, but lacks some of its columns (or any catalogue row). */
  | { code: 'appendix-incomplete'; sheet: string; missing: Field[] };

/** A table found in the workbook (DESIGN's `tables`): which kind, where, its columns and title block. */
export interface TableOut extends Pick<UnitTable, 'kind' | 'sheet' | 'headerRow' | 'headerRows' | 'columns' | 'year' | 'office'> {
  /** The catalogue edition used (the appendix), null for other kinds. */
  edition: string | null;
  /** The office's level as its name says (province, district, city, regional or, from 2025, base), null when unnamed. */
  officeLevel?: OfficeLevel | null;
  /** The encoding its text is typed in ('unicode', or the old 'tcvn3', 'vni'): set by the report for every table. */
  encoding?: 'unicode' | 'tcvn3' | 'vni';
  /** The rows of a table of units or components, as read; absent for the appendix (see `indicators`). */
  rows?: UnitRowOut[];
}

/** A row of a unit table: its name, where it is, and each figure with its cell. */
export interface UnitRowOut {
  row: number;
  name: string;
  cell: string;
  code: string | null;
  total: boolean;
  /** The known row it matched (a SIPAS component id), or null. */
  id: string | null;
  values: Record<string, { cell: string; raw: string | number | boolean | null; value: number | null }>;
}

/** One SIPAS component (seeds 001, 003) with the office's rate and, when given, the provincial average. */
export interface SipasComponent {
  /** 'sipas.access', 'sipas.procedures', 'sipas.servants', 'sipas.results', 'sipas.feedback', 'sipas.overall' (and 'sipas.reception' in older methods). */
  id: string;
  label: string;
  row: number;
  /** The office's rate (0–100) and its cell. */
  value: number | null;
  cell: string;
  average: number | null;
  averageCell: string | null;
}

export interface SipasOut {
  sheet: string;
  year: number | null;
  office: string | null;
  components: SipasComponent[];
}

export interface IndicatorOut {
  id: string | null;
  code: string | null;
  label: string;
  cell: string;
  raw: string | number | boolean | null;
  value: number | null;
  kind: IndicatorKind;
  unit: string;
  note: string;
}

/** Last year's workbook as the report names it (DESIGN's `previous`, with `--previous`). */
export interface PreviousOut {
  file: string | null;
  year: number | null;
  office: string | null;
}

/** One figure given in both years (DESIGN's `changes`), at this year's cell. */
export interface ChangeOut {
  /** The catalogue id (appendix) or the component id (SIPAS); null for a unit's row. */
  id: string | null;
  code: string | null;
  label: string;
  sheet: string;
  cell: string;
  kind: TableKind;
  /** A unit table's column ('current', 'issued'…); null for the appendix. */
  column: string | null;
  measure: 'count' | 'percent';
  previous: number;
  current: number;
  /** current − previous. */
  delta: number;
  /** current ÷ previous; null when last year's figure is 0. */
  ratio: number | null;
}

export type FindingOut = Finding & { kind: TableKind; message: string; messages: { vi: string; en: string } };

export interface Report {
  file?: string;
  recognized: boolean;
  /** Why no appendix was found, in the report's language. */
  reason?: string;
  reasons?: { vi: string; en: string };
  /** Why nothing was recognized, as a code ('no-table', 'appendix-incomplete', 'unreadable'). */
  code?: NotFound['code'] | 'unreadable';
  missingHeaders?: string[];
  /** Every table found, of every kind, in sheet order. */
  tables: TableOut[];
  /** The SIPAS components of the first SIPAS table, for scoring section B; null when there is none. */
  sipas: SipasOut | null;
  layout?: Layout;
  indicators: IndicatorOut[];
  findings: FindingOut[];
  derived: Derived[];
  measures: Measure[];
  criteria: CriterionScore[];
  /** Points achieved and possible (per section and area), the index (%) and the rating from the sheet's bands. */
  score: ScoreTotals | null;
  /** Where the rubric came from: the defaults, the workbook's "Thang điểm" sheet, or a file. */
  rubric: { source: 'default' | 'sheet' | 'file'; sheet?: string; valid: boolean; headings?: Heading[] };
  summary: Record<Severity, number>;
  /** Last year's workbook, when compared with one (`--previous`). */
  previous?: PreviousOut;
  /** The figures given in both years, when compared. */
  changes?: ChangeOut[];
}

/**
 * A kind of table, as the check runs it: how to find its header at the top of a sheet (to locate what
 * to load), how to recognize its tables in a snapshot, what it gives the kinds after it (the
 * catalogue, the rubric, figures for the scoring), and its section of the report (tables, findings and
 * its own fields). `check` runs every kind through one loop; a new kind is data and a Kind.
 */
import type { Catalogue } from '../kinds/appendix/catalogue';
import type { SheetReadings } from '../kinds/common/sheet';
import type { TableKind, UnitKind } from '../kinds/units/schema';
import type { NotFound, Report, TableOut } from '../report-types';
import type { Finding } from '../rules/findings';
import type { Rubric } from '../scoring';
import type { CriterionEntry, TableFigure } from '../scoring/score';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';

/** What a kind found at the top of a sheet: the rightmost column its header uses (1-based). */
export interface HeaderHit {
  kind: string;
  right: number;
}

export interface TableFinder {
  kind: string;
  /** Looks at the top of a sheet; null when this kind's table does not start there. `readings` are shared by the finders of one call. */
  find(head: SheetSnapshot, readings: SheetReadings): HeaderHit | null;
  /**
   * Whether a folded short text is a word this kind's header holds in its code, label or name column:
   * where a header below the top rows may be, found by a pass over those columns.
   */
  lead?(folded: string): boolean;
}

/** The options the kinds read (the report's language and file are not theirs). */
export interface KindOptions {
  /** A catalogue to prefer (`--catalogue F.json`); the built-in editions are still tried. */
  catalogue?: Catalogue;
  /** The appendix editions to choose from (default: the built-in ones). */
  catalogues?: Catalogue[];
  /** The unit-table kinds to try (default: every kind the core knows). */
  kinds?: UnitKind[];
  /** Targets per kind (satisfaction by unit: the plan's %); otherwise from the rubric, otherwise none. */
  targets?: Partial<Record<TableKind, number>>;
  /** A rubric from a file; otherwise the workbook's "Thang điểm" sheet, otherwise the defaults. */
  rubric?: Rubric;
}

/** The rubric a check scores with, where it came from, and the findings its sheet gave. */
export interface ChosenRubric {
  rubric: Rubric | null;
  info: Report['rubric'];
  findings: Finding[];
  entries?: Map<string, CriterionEntry>;
}

/** What one check's kinds share: the snapshot, the options, the sheets' readings, and what kinds gave. */
export interface CheckContext {
  wb: WorkbookSnapshot;
  opts: KindOptions;
  /** The editions tried, the preferred one first. */
  catalogues: Catalogue[];
  readings: SheetReadings;
  /** The edition the (first) appendix was read with, or the first tried. */
  catalogue: Catalogue;
  /** The rubric, once the scoring-sheet kind has chosen it. */
  rubric: ChosenRubric | null;
  /** Figures other tables give the scoring (the SIPAS components' rates), by criterion measure id. */
  figures: Map<string, TableFigure>;
}

/** Why a kind found nothing, when it came close (the appendix: a header lacking columns or rows). */
export interface Miss {
  notFound: NotFound;
  /** The missing header words as the user would read them. */
  missingHeaders: string[];
}

/** A kind's part of the report. */
export interface Section {
  tables: TableOut[];
  findings: Finding[];
  /** Report fields this kind fills (the appendix: layout, indicators, …; SIPAS: sipas; the scoring sheet: rubric). */
  fields?: Partial<Report>;
}

export interface Kind<T = unknown> {
  kind: TableKind;
  /** A table of this kind makes a report on its own (the scoring sheet alone does not). */
  standalone: boolean;
  finder: TableFinder;
  recognize(ctx: CheckContext): { tables: T[]; miss?: Miss };
  /** What this kind gives the kinds after it, before any is checked. */
  provide?(tables: T[], ctx: CheckContext): Partial<Pick<CheckContext, 'catalogue' | 'rubric' | 'figures'>>;
  check(tables: T[], ctx: CheckContext): Section;
}

/** A table found in a workbook, as the report lists it (DESIGN's `tables`). */
import { Finding, KindId } from '../rules/findings';
import type { TableFinder } from './locate';
import { WorkbookSnapshot } from '../workbook/snapshot';
import type { OfficeLevel } from './appendix/editions';

export interface TableInfo {
  kind: KindId;
  sheet: string;
  /** The last header row (1-based): data starts below it. */
  headerRow: number;
  headerRows: 1 | 2;
  /** Column letters by column id. */
  columns: Record<string, string>;
  year: number | null;
  office: string | null;
  /** Which edition of the kind's data was used (the appendix catalogue's year), null for kinds without editions. */
  edition: string | null;
  /** The office's level as its name says ('province', 'district', 'city', 'regional', 'base' from 2025), null when unnamed. */
  officeLevel?: OfficeLevel | null;
}

/** What checking one kind gives: its tables (with their own data) and its findings. */
export interface KindResult<T extends TableInfo = TableInfo> {
  tables: T[];
  findings: Finding[];
}

export interface KindOptions {
  /** The satisfaction target (%), from the scoring sheet or a front; none by default. */
  satisfactionTarget?: number | null;
}

/** A kind read by columns: where its header is, and how to check every table of it in a workbook. */
export interface ColumnKind<T extends TableInfo = TableInfo> {
  kind: KindId;
  finder: TableFinder;
  check(wb: WorkbookSnapshot, opts: KindOptions): KindResult<T>;
}

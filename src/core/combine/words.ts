/** The codes of the consolidated workbook's words; the words themselves are in messages/vi.ts and en.ts. */
import type { OfficeLevel } from '../kinds/appendix/offices';
import type { Severity } from '../rules/findings';
import type { Basis, CodeCount, CrossFinding, UnitStatus } from './types';

export type CombineSheet = 'status' | 'appendix' | 'tally' | 'findings' | 'ranking';

export type CombineChart = 'ranking' | 'on-time';

export type CombineColumn =
  | 'number'
  | 'office'
  | 'level'
  | 'file'
  | 'year'
  | 'edition'
  | 'status'
  | 'errors'
  | 'warnings'
  | 'achieved'
  | 'possible'
  | 'code'
  | 'indicator'
  | 'unit'
  | 'province'
  | 'basis'
  | 'issued'
  | 'returned'
  | 'valid'
  | 'invalid'
  | 'sheet'
  | 'cell'
  | 'rule'
  | 'severity'
  | 'message'
  | 'rank'
  | 'index'
  | 'on-time'
  | 'target';

export type CombineText =
  | { code: 'sheet'; sheet: CombineSheet }
  | { code: 'title'; sheet: CombineSheet; year: number | null; files: number; added: number }
  | { code: 'column'; column: CombineColumn }
  /** The change column beside an office's or the province's figures (with last year's files). */
  | { code: 'change-column'; year: number | null }
  | { code: 'status'; status: UnitStatus }
  | { code: 'basis'; basis: Basis }
  | { code: 'level'; level: OfficeLevel }
  | { code: 'severity'; severity: Severity | 'cross' }
  | { code: 'total-row' }
  | { code: 'chart'; chart: CombineChart }
  | { code: 'counts'; counts: CodeCount[] }
  | { code: 'cross'; finding: CrossFinding };

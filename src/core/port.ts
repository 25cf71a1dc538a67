/** The one small port every host adapter implements (Excel through its JavaScript API, ExcelJS, the browser preview). */
import { WritePlan } from './plan';
import { WorkbookSnapshot } from './snapshot';

export interface WorkbookPort {
  /** Every sheet's used range with values, formats, formulas, merges (and fills where read). */
  read(): Promise<WorkbookSnapshot>;
  /** Applies a whole plan at once. */
  apply(plan: WritePlan): Promise<void>;
  /** Shows a cell: activates its sheet, then selects it. */
  select(sheet: string, cell: string): Promise<void>;
}

export type WorkbookErrorKind = 'protected' | 'editing' | 'unsupported' | 'busy' | 'unreadable' | 'unknown';

/** A failure the user can cause or fix, with a sentence in both languages. Nothing was changed. */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly vi: string;
  readonly en: string;
  constructor(kind: WorkbookErrorKind, vi: string, en: string) {
    super(en);
    this.name = 'WorkbookError';
    this.kind = kind;
    this.vi = vi;
    this.en = en;
  }
}

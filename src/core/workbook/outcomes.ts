/**
 * Every way reading or writing a workbook can fail, as coded values. Sentences for them live only in
 * `messages/vi.ts` and `messages/en.ts` (`problemMessage`). Adapters add codes here, never prose.
 */

/** What the workbook holds after a failure: nothing changed, the failed batch undone, or a part applied. */
export type Changed = 'nothing' | 'undone' | 'partial' | 'unknown';

export type FileFormat =
  | 'xlsb'
  | 'xls'
  | 'ods'
  | 'encrypted'
  | 'not-zip'
  /** A file of no bytes at all. */
  | 'empty'
  /** Text with separated values (a CSV export): a table, but not a workbook. */
  | 'csv'
  | 'no-workbook'
  | 'missing-part'
  /** A part that cannot be read, or is not well-formed XML (`part` names it when one part is at fault). */
  | 'damaged'
  /** A zip entry named to land outside the package (`../x`, `/x`, `C:x`): the name is in `part`. */
  | 'unsafe-name'
  /** Two zip entries with the same part name (`part`). */
  | 'duplicate-entry'
  /** A sheet (`part`) with a cell or row beyond XFD1048576. */
  | 'outside-grid';

export type WorkbookProblem =
  /** A sheet is protected: editing it is refused. */
  | { code: 'sheet-protected'; sheet?: string; changed: Changed }
  /** The workbook's structure is protected: no sheet can be added, renamed or removed. */
  | { code: 'structure-protected'; changed: Changed }
  /** Excel is in cell-edit mode. */
  | { code: 'cell-editing'; changed: Changed }
  /** This Excel lacks an API the action needs (`set` as in 'ExcelApi 1.7'). */
  | { code: 'api-unsupported'; feature: string; set?: string; changed: Changed }
  /** A request or response over a host's payload limit, or a file past a reading bound. */
  | {
      code: 'too-large';
      limit: 'payload' | 'cells' | 'inflated' | 'zip-ratio' | 'merges' | 'rows' | 'parts';
      part?: string;
      changed: Changed;
    }
  /** Excel is busy (activity limit, another batch). */
  | { code: 'busy'; changed: Changed }
  /** A file that is not an .xlsx workbook this product can read. */
  | { code: 'file-format'; format: FileFormat; part?: string; changed: Changed }
  /** The file could not be opened or written (missing, permissions, disk). */
  | { code: 'file-io'; path?: string; detail: string; changed: Changed }
  /** `-o` resolves to the input file, or exists without --force. */
  | { code: 'output-is-input'; path: string; changed: Changed }
  | { code: 'output-exists'; path: string; changed: Changed }
  /** The written package differs from the input somewhere other than the planned writes. */
  | { code: 'verify-failed'; sheet: string; cell: string; changed: Changed }
  /** A planned write lands inside a pivot table or a table's calculated column (`name` is the table's). */
  | { code: 'write-collides'; sheet: string; cell: string; with: 'pivot-table' | 'table-formula'; name: string; changed: Changed }
  /** The product's stored state (highlights, filled cells) cannot be read: damaged or from a newer version. */
  | { code: 'state-unreadable'; reason: 'damaged' | 'newer'; changed: Changed }
  /** Excel refused an operation on cells that are not protected (part of a merged cell, an array formula, a table); `detail` is Excel's text. */
  | { code: 'excel-refused'; detail?: string; changed: Changed }
  /** Anything else the host reported; `detail` is the host's own code or text. */
  | { code: 'host-error'; detail: string; changed: Changed };

export type ProblemCode = WorkbookProblem['code'];

/** A failure the user can cause or fix. Its sentence comes from the message tables. */
export class WorkbookError extends Error {
  readonly problem: WorkbookProblem;
  constructor(problem: WorkbookProblem) {
    super(problem.code);
    this.name = 'WorkbookError';
    this.problem = problem;
  }
  get code(): ProblemCode {
    return this.problem.code;
  }
}

/**
 * What an action did, or why it did not, as coded values with their facts. The fronts make the
 * sentence when they draw a note (`noteMessage`), in the language shown at that moment, so a
 * switch of language redraws it and a test asks the code, never the words.
 */
import type { PlanRefusal } from './write/plan';
import type { FinishingTouch } from './workbook/write-plan';
import type { WorkbookProblem } from './workbook/outcomes';
import type { CompareRefusal } from './combine/compare';

export type Note =
  /** Ratios (and change columns of unit tables) written into their empty cells as live formulas. */
  | { code: 'filled'; count: number; changes: number }
  /** Cells highlighted by a check or a fix. */
  | { code: 'highlighted'; count: number }
  /** Cells left unhighlighted because their own fill could not be read. */
  | { code: 'skipped'; count: number }
  /** The product's highlights removed and the cells' own fills put back; `count` 0: there were none. */
  | { code: 'cleared'; count: number }
  /** The remediation sheet added, or (`replaced`) the product's earlier one replaced. */
  | { code: 'remediation-added'; sheet: string; replaced: boolean }
  /** The scoring sheet shown (`opened`), added from the defaults, or refreshed keeping its scores. */
  | { code: 'scoring-sheet'; sheet: string; made: 'opened' | 'created' | 'refreshed'; criteria: number }
  /** A quick fix written: the cell now holds `to` (in the row's unit). */
  | { code: 'fixed'; sheet: string; cell: string; to: number; unit: '%' | '' }
  /** Legacy text (TCVN3, VNI) turned into Unicode: how many cells, on which sheets; whether Hoàn tác can take it back. */
  | { code: 'converted'; count: number; sheets: string[]; encodings: ('tcvn3' | 'vni')[]; undo: boolean }
  /** The last quick fix taken back. */
  | { code: 'undone'; sheet: string; cells: string[] }
  /** The finishing touches this Excel could not apply (the data is written all the same). */
  | { code: 'touches-skipped'; touches: FinishingTouch[] }
  /** A file written after it was read back and compared with its input. */
  | { code: 'wrote'; output: string; errors: number }
  /** The remediation sheet the product made earlier was kept (the command line replaces it with --force). */
  | { code: 'remediation-kept'; sheet: string }
  /** A question: the product made this sheet before; replace it? */
  | { code: 'ask-replace'; sheet: string }
  /** The core refused the plan: nothing was changed. */
  | { code: 'refused'; refusal: PlanRefusal }
  /** Reading or writing failed; `problem.changed` says what the workbook holds now. */
  | { code: 'failed'; problem: WorkbookProblem }
  /** A fault of the product itself (a bug): what the workbook holds is not known for sure. */
  | { code: 'unexpected'; detail: string }
  /** Files consolidated into the open workbook: `files` read, `added` counted in the totals, the sheets written (`replaced`: the product's earlier ones). */
  | { code: 'consolidated'; files: number; added: number; sheets: string[]; replaced: boolean }
  /** The consolidated sheets' charts are left out of the open workbook (the consolidated file has them). */
  | { code: 'charts-skipped'; sheets: string[] }
  /** A question: the product made these consolidated sheets before; replace them? */
  | { code: 'ask-replace-sheets'; sheets: string[] }
  /** No file given to consolidate, or none that is a workbook. */
  | { code: 'no-files' }
  /** This workbook compared with last year's (`file`): the figures given in both, and the year findings among the findings. */
  | { code: 'compared'; file: string; year: number | null; changes: number; findings: number }
  /** Last year's workbook cannot be compared with this one, coded (`previous.same-year`…). Nothing changed. */
  | { code: 'previous-refused'; file: string; refusal: CompareRefusal }
  /** Last year's workbook could not be read, and why (in both languages). */
  | { code: 'previous-unreadable'; file: string; reason: { vi: string; en: string } };

export type NoteCode = Note['code'];

/** How a front shows a note: a failure, a question, or what was done. */
export function noteTone(n: Note): 'error' | 'warning' | 'success' {
  switch (n.code) {
    case 'refused':
    case 'failed':
    case 'unexpected':
    case 'previous-refused':
    case 'previous-unreadable':
    case 'no-files':
      return 'error';
    case 'ask-replace':
    case 'ask-replace-sheets':
    case 'charts-skipped':
    case 'remediation-kept':
    case 'skipped':
    case 'touches-skipped':
      return 'warning';
    default:
      return 'success';
  }
}

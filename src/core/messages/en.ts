import { FinishingTouch } from '../workbook/write-plan';
import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding } from '../rules/findings';
import { formatNumber } from '../figures/numbers';
import { num, rowName } from './common';

const n = (x: number | string) => num(x, 'en');

/** English messages, one per rule. */
export function messageEn(f: Finding): string {
  const row = rowName(f);
  switch (f.rule) {
    case 'value.error':
      return `Indicator ${row}: the cell shows the error ${f.actual}; a figure is needed.`;
    case 'type.count':
      return typeof f.actual === 'number'
        ? `Indicator ${row}: a count must be a whole number, found ${n(f.actual)}.`
        : `Indicator ${row}: a number is needed, found the text ${n(f.actual)}.`;
    case 'range.count':
      return `Indicator ${row}: a count cannot be negative, found ${n(f.actual)}.`;
    case 'type.percent':
      return `Indicator ${row}: a percentage is needed, found ${n(f.actual)}.`;
    case 'range.percent':
      return `Indicator ${row}: a percentage must be between 0 and 100, found ${n(f.actual)}%.`;
    case 'enum.code':
      return `Indicator ${row}: ${n(f.actual)} is not one of the codes ${f.expected.join(', ')} given in the unit column.`;
    case 'relation.leq':
      return `Indicator ${row} (${n(f.actual)}) is greater than ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.part':
      return `Indicator ${row} (${n(f.actual)}) is a part but exceeds its total ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.partition':
      return `The parts add up to ${n(f.actual)}, not to the total ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'shares.sum':
      return `Shares of one whole add up to ${n(f.actual)}%; they must make 100%.`;
    case 'ratio.mismatch':
      return `Indicator ${row}: the stated ratio is ${n(f.actual)}% but ${n(f.numerator)}/${n(f.denominator)} gives ${n(f.expected)}%.`;
    case 'implied.missing':
      return `Indicator ${rowName(f.related[0])} says “yes” but indicator ${row} has no figure.`;
    case 'required.missing':
      return `The required indicator ${row} is missing.`;
    case 'row.unknown':
      return `Row ${f.row} (${row}) is not in the indicator catalogue; it is kept as it is.`;
    case 'benchmark.below':
      return `Criterion ${f.criterion}: ${formatNumber(f.actual, 'en', 2)}%, below the benchmark of ${n(f.expected)}% — ${n(f.points)}/${n(f.max)} points.`;
    case 'rubric.invalid':
      return `Scoring sheet, row ${f.row}, column ${f.columnName} (${f.column}): ${f.detail.en}. Nothing was scored.`;
  }
}

const CHANGED_EN: Record<Changed, string> = {
  nothing: ' Nothing was changed.',
  undone: ' What was half done has been undone; the workbook is as before.',
  partial: ' Part of the change was written; check the workbook before saving.',
  unknown: '',
};

const FORMAT_EN: Record<FileFormat, string> = {
  xlsb: 'The file is a binary workbook (.xlsb); open it in Excel and save it as .xlsx.',
  xls: 'The file is an old Excel format (.xls); open it in Excel and save it as .xlsx.',
  ods: 'The file is an OpenDocument spreadsheet (.ods); save it as .xlsx (Save As › Excel 2007-365).',
  encrypted: 'The file is password-protected; remove the password and save it as .xlsx.',
  'not-zip': 'The file is not an Excel workbook (.xlsx).',
  'no-workbook': 'This zip file holds no Excel workbook.',
  'missing-part': 'The workbook lacks a part',
  damaged: 'The .xlsx file is damaged or cannot be read.',
};

/** A sentence for a failure to read or write a workbook, in English. */
export function problemEn(p: WorkbookProblem): string {
  return problemTextEn(p) + CHANGED_EN[p.changed];
}

function problemTextEn(p: WorkbookProblem): string {
  switch (p.code) {
    case 'sheet-protected':
      return p.sheet
        ? `Sheet “${p.sheet}” is protected: unprotect it (Review › Unprotect Sheet) and try again.`
        : 'The sheet is protected or read-only: unprotect it (Review › Unprotect Sheet) and try again.';
    case 'structure-protected':
      return 'The workbook structure is protected, so no sheet can be added: unprotect it (Review › Protect Workbook) and try again.';
    case 'cell-editing':
      return 'Excel is editing a cell: press Enter or Esc to finish, then try again.';
    case 'api-unsupported':
      return `This version of Excel does not support ${p.feature}${p.set ? ` (needs ${p.set})` : ''}; update Excel or use Excel on the web.`;
    case 'too-large':
      return p.limit === 'payload'
        ? 'The data is too large for Excel on the web to handle at once; try desktop Excel.'
        : `The file is too large or unusual to read safely${p.part ? ` (${p.part})` : ''}.`;
    case 'busy':
      return 'Excel is busy; wait a moment and try again.';
    case 'file-format':
      return p.format === 'missing-part' ? `${FORMAT_EN[p.format]}${p.part ? ` (${p.part})` : ''}.` : FORMAT_EN[p.format];
    case 'file-io':
      return `The file${p.path ? ` “${p.path}”` : ''} cannot be read or written: ${p.detail}.`;
    case 'output-is-input':
      return `The output “${p.path}” is the input file; choose another name to keep the original.`;
    case 'output-exists':
      return `“${p.path}” exists; add --force to overwrite it.`;
    case 'verify-failed':
      return `Reading back the written file found cell ${p.sheet}!${p.cell} different from the original, so the file was not saved.`;
    case 'state-unreadable':
      return p.reason === 'newer'
        ? 'The workbook holds highlights written by a newer version of the add-in; update it before highlighting or clearing.'
        : 'The highlights stored in the workbook cannot be read; nothing is highlighted, so no cell loses its own fill.';
    case 'host-error':
      return `Excel reported an error: ${p.detail.replace(/[.。\s]+$/, '')}.`;
  }
}

const TOUCH_EN: Record<FinishingTouch, string> = {
  merges: 'merged cells',
  'column-widths': 'column widths',
  'freeze-panes': 'frozen header rows',
  'page-layout': 'landscape printing and print titles',
  'fill-pattern': 'fill patterns',
};

/** One line: the finishing touches this Excel could not apply, or '' when none. */
export function touchesEn(list: FinishingTouch[]): string {
  return list.length === 0 ? '' : `This version of Excel cannot apply, so it was skipped: ${list.map((t) => TOUCH_EN[t]).join(', ')}.`;
}

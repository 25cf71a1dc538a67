import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding, KindId, Severity } from '../rules/findings';
import { Text } from './texts';
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
      if ('unit' in f) return `${f.unit}: ${formatNumber(f.actual, 'en', 2)}%, below the target of ${n(f.expected)}%.`;
      return `Criterion ${f.criterion}: ${formatNumber(f.actual, 'en', 2)}%, below the benchmark of ${n(f.expected)}% — ${n(f.points)}/${n(f.max)} points.`;
    case 'cell.number':
      return `“${f.label}”, column “${f.columnName}”: a number is needed, found ${n(f.actual)}.`;
    case 'rate.range':
      return `“${f.label}”, column “${f.columnName}”: a rate must be between 0 and 100, found ${n(f.actual)}%.`;
    case 'tally.returned':
      return `${f.label}: ${n(f.actual)} forms returned, more than the ${n(f.expected)} issued.`;
    case 'tally.valid':
      return `${f.label}: ${n(f.actual)} valid forms, more than the ${n(f.expected)} returned.`;
    case 'tally.balance':
      return `${f.label}: valid (${n(f.valid)}) + invalid (${n(f.invalid)}) = ${n(f.actual)}, not the ${n(f.expected)} forms returned.`;
    case 'tally.total':
      return `Total of “${f.columnName}”: ${n(f.actual)} is written, but the units add up to ${n(f.expected)}.`;
    case 'unit.typo':
      return `Unit name “${f.label}”: “${f.actual}” is probably a typo for “${f.expected}”.`;
    case 'satisfaction.change':
      return `${f.label}: the change is written as ${n(f.actual)}%, but ${n(f.current)}% − ${n(f.previous)}% = ${n(f.expected)}% (rounding allows at most ±${n(f.tolerance)}).`;
    case 'satisfaction.rounding':
      return `${f.label}: the change is written as ${n(f.actual)}%; ${n(f.current)}% − ${n(f.previous)}% = ${n(f.expected)}% exactly (a difference of ${formatNumber(Math.abs(f.actual - f.expected), 'en', 2)} that rounding of the unrounded figures explains).`;
    case 'sipas.missing':
      return `The SIPAS table does not give the component “${f.title}”.`;
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
      return `Excel reported an error: ${p.detail}.`;
  }
}

const KIND_EN: Record<KindId, string> = {
  'statistics-appendix': 'statistics appendix',
  'survey-tally': 'survey-form tally',
  'satisfaction-by-unit': 'satisfaction by unit',
  'sipas-components': 'SIPAS components',
  'scoring-sheet': 'scoring sheet',
};

const HEADING_EN: Record<Severity | 'derived', string> = {
  error: 'ERRORS',
  warning: 'WARNINGS',
  info: 'NOTICES',
  derived: 'RATIOS THAT CAN BE FILLED',
};

function about(year: number | null, office: string | null): string {
  const a = [year ? `year ${year}` : null, office].filter(Boolean).join(', ');
  return a ? ` — ${a}` : '';
}

/** English sentences for the coded outcomes of texts.ts. */
export function textEn(t: Text): string {
  switch (t.code) {
    case 'not-found.no-header':
      return 'No known table found: no sheet has the header of the statistics appendix (STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu), a survey-form tally, a satisfaction table or the SIPAS components.';
    case 'not-found.incomplete':
      return `No statistics appendix recognized: sheet “${t.sheet}” has a header row but lacks ${t.missing.length ? t.missing.map((m) => `“${m}”`).join(', ') : 'any indicator of the catalogue'}.`;
    case 'usage.unknown-command':
      return `unknown command: ${t.command}`;
    case 'usage.needs-value':
      return `${t.option} needs a value`;
    case 'usage.bad-lang':
      return '--lang must be vi or en';
    case 'usage.bad-target':
      return `--target must be a percentage between 0 and 100, not “${t.value}”`;
    case 'usage.unknown-option':
      return `unknown option: ${t.option}`;
    case 'usage.no-file':
      return 'at least one file is needed';
    case 'usage.fix-files':
      return 'fix needs one input file and -o an output file';
    case 'file.not-found':
      return 'file not found';
    case 'file.is-folder':
      return 'this is a folder, not a file';
    case 'file.no-permission':
      return 'no permission to read or write the file';
    case 'file.unreadable':
      return 'the file cannot be read';
    case 'file.not-json':
      return 'not valid JSON';
    case 'file.catalogue-invalid':
      return `invalid catalogue (${t.detail})`;
    case 'file.rubric-invalid':
      return `invalid rubric (${t.detail})`;
    case 'file.same-as-input':
      return 'the output must differ from the input (the input is never written over)';
    case 'file.would-lose':
      return `holds ${t.parts.map((p) => p.en).join(', ')} that the new file would lose; use --force to write it anyway.`;
    case 'cli.usage':
      return USAGE_EN;
    case 'cli.start-preview':
      return 'No desktop Excel on this machine: opening the browser preview on the sample workbook.\nExcel on the web: `npm run dev-server`, then upload manifest.xml (Home › Add-ins › Upload My Add-in).';
    case 'cli.unexpected':
      return `unexpected error: ${t.detail}`;
    case 'cli.appendix-at':
      return `sheet “${t.sheet}”, table header at row ${t.headerRow}${about(t.year, t.office)}`;
    case 'cli.table-at':
      return `${KIND_EN[t.kind]}: sheet “${t.sheet}”, header at row ${t.headerRow}${about(t.year, t.office)}`;
    case 'cli.counts':
      return `${t.known} indicators recognized · ${t.error} errors · ${t.warning} warnings · ${t.info} notices`;
    case 'cli.heading':
      return `${HEADING_EN[t.of]} (${t.count})`;
    case 'fix.filled':
      return `Filled ${t.count} ratios.`;
    case 'fix.highlighted':
      return `Highlighted ${t.count} cells.`;
    case 'fix.added-sheet':
      return `Added the sheet “${t.name}”.`;
    case 'fix.wrote':
      return `Wrote ${t.path}: ${t.errors} errors remain.`;
  }
}

const USAGE_EN = `Usage:
  cchc check FILE.xlsx... [--json] [--lang vi|en] [--catalogue CATALOGUE.json] [--target PERCENT]
  cchc fix IN.xlsx -o OUT.xlsx [--rubric RUBRIC.json] [--no-highlight] [--force] [--lang vi|en]

  check: finds every known table in each file (statistics appendix, survey-form tally,
    satisfaction by unit, SIPAS components) and checks it.
  fix: fills ratios, highlights, adds the remediation sheet, writes a new file (never over the input).

  --json             one JSON array, a report per file
  --lang vi|en       message language (default vi)
  --catalogue F.json another edition of the appendix's indicator catalogue
  --target PERCENT   the satisfaction target units are measured against (default: the "Thang điểm" sheet's, else none)

Exit status: 0 no error · 1 errors found · 2 unreadable file, no known table, or usage mistake`;

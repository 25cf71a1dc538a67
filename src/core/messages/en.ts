import { FinishingTouch } from '../workbook/write-plan';
import type { PreviewWords, UiWords } from './vi';
import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding, RubricProblem } from '../rules/findings';
import type { CliMessage, NotFound } from './codes';
import type { Note } from '../notes';
import type { PlanRefusal } from '../write/plan';
import type { Severity } from '../rules/findings';
import type { TableKind } from '../kinds/units/schema';
import { HEADER_NAMES } from '../kinds/appendix/recognize';
import { formatNumber } from '../figures/numbers';
import { num, readingOnly, rowName, unitName } from './common';
import type { CompareRefusal } from '../combine/compare';

const n = (x: number | string) => num(x, 'en');

/** How a year finding names its row: the appendix's code, or the unit's name. */
const yearRow = (f: Finding) => (f.kind === undefined || f.kind === 'statistics-appendix' ? `Indicator ${rowName(f)}` : unitName(f));
const yearEn = (y: number | null, within = true) => (y === null ? 'last year' : within ? `in ${y}` : String(y));

/** Column names of the unit tables. */
const COLUMN_EN: Record<string, string> = {
  issued: 'forms issued',
  returned: 'forms returned',
  valid: 'valid forms',
  invalid: 'invalid forms',
  current: 'index this year',
  previous: 'index last year',
  change: 'change',
  office: 'office index',
  average: 'average index',
};

const COMPONENT_EN: Record<string, string> = {
  'sipas.access': 'service access',
  'sipas.reception': 'reception conditions',
  'sipas.procedures': 'administrative procedures',
  'sipas.servants': 'civil servants',
  'sipas.results': 'results',
  'sipas.feedback': 'feedback handling',
  'sipas.overall': 'overall satisfaction',
};

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
      if ('scope' in f) return `Unit ${unitName(f)}: index ${formatNumber(f.actual, 'en', 2)}%, below the target of ${n(f.expected)}%.`;
      return `Criterion ${f.criterion}: ${formatNumber(f.actual, 'en', 2)}%, below the benchmark of ${n(f.expected)}% — ${n(f.points)}/${n(f.max)} points.`;
    case 'cell.type':
      return typeof f.actual === 'number'
        ? `${unitName(f)}, column ${COLUMN_EN[f.column] ?? f.column}: a count of forms must be whole, found ${n(f.actual)}.`
        : `${unitName(f)}, column ${COLUMN_EN[f.column] ?? f.column}: ${f.expected === 'count' ? 'a number' : 'a percentage'} is needed, found ${n(f.actual)}.`;
    case 'cell.range':
      return f.expected === 'count'
        ? `${unitName(f)}, column ${COLUMN_EN[f.column] ?? f.column}: a count cannot be negative, found ${n(f.actual)}.`
        : `${unitName(f)}, column ${COLUMN_EN[f.column] ?? f.column}: a rate must be between 0 and 100, found ${n(f.actual)}%.`;
    case 'tally.leq':
      return `${unitName(f)}: ${COLUMN_EN[f.column] ?? f.column} (${n(f.actual)}) exceeds ${COLUMN_EN[f.against] ?? f.against} (${n(f.expected)}).`;
    case 'tally.partition':
      return `${unitName(f)}: valid ${n(f.valid)} + invalid ${n(f.invalid)} = ${n(f.actual)}, not the forms returned (${n(f.expected)}).`;
    case 'total.sum':
      return `Total row, column ${COLUMN_EN[f.column] ?? f.column}: states ${n(f.actual)} but the ${n(f.units)} units add up to ${n(f.expected)}.`;
    case 'unit.typo':
      return `Unit name ${unitName(f)}: “${f.actual}” is probably “${f.expected}”.`;
    case 'change.rounding':
      return `${unitName(f)}: ${formatNumber(f.current, 'en', 2)}% − ${formatNumber(f.previous, 'en', 2)}% = ${formatNumber(f.expected, 'en', 2)}%, the table shows ${formatNumber(f.actual, 'en', 2)}% (${formatNumber(Math.abs(f.actual - f.expected), 'en', 2)} apart from rounding; not an error).`;
    case 'change.mismatch':
      return `${unitName(f)}: the change is written ${formatNumber(f.actual, 'en', 2)}% but ${formatNumber(f.current, 'en', 2)}% − ${formatNumber(f.previous, 'en', 2)}% = ${formatNumber(f.expected, 'en', 2)}%.`;
    case 'year.jump':
      return `${yearRow(f)}: ${n(f.actual)} against ${n(f.expected)} ${yearEn(f.year)}: a digit group may be missing or extra.`;
    case 'year.drop':
      return f.reason === 'points'
        ? `${yearRow(f)}: ${formatNumber(f.actual, 'en', 2)}%, ${formatNumber(f.expected - f.actual, 'en', 2)} points below ${formatNumber(f.expected, 'en', 2)}% ${yearEn(f.year)}: a real fall or a typing slip?`
        : `${yearRow(f)}: ${formatNumber(f.actual, 'en', 2)}%, below the benchmark of ${n(f.benchmark ?? 0)}% (${formatNumber(f.expected, 'en', 2)}% ${yearEn(f.year)}).`;
    case 'year.mismatch':
      return `${yearRow(f)}: the figure for ${yearEn(f.year, false)} is written ${formatNumber(f.actual, 'en', 2)}% but that year's file gives ${formatNumber(f.expected, 'en', 2)}% (cell ${f.previousCell}).`;
    case 'component.missing':
      return `The SIPAS table lacks the component “${COMPONENT_EN[f.component] ?? f.component}”.`;
    case 'text.legacy':
      return `The range ${f.range} (${n(f.cells)} cells) is typed in the old ${f.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows'} encoding; it was read as Unicode for the check, for instance cell ${f.cell}: “${f.before}” reads “${f.after}”. Use “Convert to Unicode” to convert it for good.`;
    case 'component.unknown':
      return `Row ${f.row} (${unitName(f)}) is not a known SIPAS component; it is kept as it is.`;
    case 'rubric.invalid':
      return `Scoring sheet, row ${f.row}, column ${f.columnName} (${f.column}): ${rubricProblemEn(f.problem)}. Nothing was scored.`;
    case 'score.invalid':
      switch (f.problem) {
        case 'not-number':
          return `Scoring sheet, criterion ${f.criterion}, column ${f.columnName} (${f.cell}): “${f.actual}” is not a score; it does not count.`;
        case 'above-max':
          return `Scoring sheet, criterion ${f.criterion}, column ${f.columnName} (${f.cell}): ${f.actual} points is above the maximum ${n(f.max ?? 0)}; it does not count.`;
        case 'negative':
          return `Scoring sheet, criterion ${f.criterion}, column ${f.columnName} (${f.cell}): a score cannot be negative (${f.actual}); it does not count.`;
        case 'bands':
          return `Scoring sheet, cell ${f.cell}: cannot read the rating bands “${f.actual}” (write “≥90: Tốt; ≥80: Khá”); no rating yet.`;
      }
  }
}

const CHANGED_EN: Record<Changed, string> = {
  nothing: ' Nothing was changed.',
  undone: ' What was half done has been undone; the workbook is as before.',
  partial: ' Part of the change was written; check the workbook before saving.',
  unknown: ' Excel could not tell how much was written; check the workbook before saving.',
};

const FORMAT_EN: Record<FileFormat, string> = {
  xlsb: 'The file is a binary workbook (.xlsb); open it in Excel and save it as .xlsx.',
  xls: 'The file is an old Excel format (.xls); open it in Excel and save it as .xlsx.',
  ods: 'The file is an OpenDocument spreadsheet (.ods); save it as .xlsx (Save As › Excel 2007-365).',
  encrypted: 'The file is password-protected; remove the password and save it as .xlsx.',
  'not-zip': 'The file is not an Excel workbook (.xlsx).',
  empty: 'The file is empty (0 bytes): there is nothing to read.',
  csv: 'The file is CSV text, not an Excel workbook; open it in Excel and save it as .xlsx (Save As › Excel Workbook).',
  'no-workbook': 'This zip file holds no Excel workbook.',
  'missing-part': 'The workbook lacks a part',
  damaged: 'The .xlsx file is damaged or cannot be read.',
  'unsafe-name': 'The .xlsx file holds an entry named to land outside the file, so it is not opened',
  'duplicate-entry': 'The .xlsx file holds two entries with the same name, so it is not opened',
  'outside-grid': "A sheet has a cell beyond Excel's last cell XFD1048576, so the file is not opened",
};

/** Formats whose sentence names the part at fault. */
const WITH_PART: ReadonlySet<FileFormat> = new Set<FileFormat>(['missing-part', 'unsafe-name', 'duplicate-entry', 'outside-grid']);

/** A sentence for a failure to read or write a workbook, in English. */
export function problemEn(p: WorkbookProblem): string {
  return problemTextEn(p) + (readingOnly(p) ? '' : CHANGED_EN[p.changed]);
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
      return WITH_PART.has(p.format) ? `${FORMAT_EN[p.format]}${p.part ? ` (${p.part})` : ''}.` : FORMAT_EN[p.format];
    case 'file-io':
      return `The file${p.path ? ` “${p.path}”` : ''} cannot be read or written: ${sentence(p.detail)}`;
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
    case 'write-collides':
      return p.with === 'pivot-table'
        ? `Cell ${p.sheet}!${p.cell} is inside the pivot table “${p.name}”; nothing is written there.`
        : `Cell ${p.sheet}!${p.cell} is in a calculated column of the table “${p.name}”; nothing is written there.`;
    case 'excel-refused':
      return `Excel refused the operation on these cells (for instance part of a merged cell, an array formula or a data table)${p.detail ? `: ${sentence(p.detail)}` : '.'} The sheet is not protected; look at those cells and try again.`;
    case 'host-error':
      return `Excel reported an error: ${sentence(p.detail)}`;
  }
}

/** The words of the task pane and the preview, English (the same shape as UI_VI in vi.ts). */
export const UI_EN: UiWords = {
  title: 'CCHC appendix checker',
  found: 'Statistics appendix found',
  notFound: 'No statistics appendix found',
  notChecked: 'Click “Check” to read the workbook.',
  sheet: 'Sheet',
  headerRow: 'header row',
  year: 'Year',
  office: 'Office',
  check: 'Check',
  fill: 'Fill ratios',
  remediation: 'Create remediation sheet',
  rubric: 'Scoring rubric',
  score: 'Score',
  noScore: 'No score: the “Thang điểm” sheet has invalid cells (see the findings).',
  rubricFrom: { default: 'default rubric', sheet: 'from the “Thang điểm” sheet', file: 'from a rubric file' },
  clear: 'Clear highlights',
  working: 'Working…',
  all: 'All',
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notices',
  noFindings: 'No errors or warnings.',
  findings: 'Findings',
  derivable: (n: number) => (n === 1 ? 'One ratio can be filled in automatically.' : `${n} ratios can be filled in automatically.`),
  quickFix: 'Quick fix',
  quickFixLabel: (cell: string, to: string) => `Quick fix: set ${cell} to ${to}`,
  confirmFix: (cell: string, from: string, to: string) => `Replace ${from} in ${cell} with ${to}?`,
  confirm: 'Replace',
  cancel: 'Cancel',
  undo: 'Undo',
  dismiss: 'Dismiss',
  titles: { error: 'Not done', success: 'Done', warning: 'Note', ask: 'Replace the earlier sheet?', ribbon: 'Check now' },
  replaceSheet: 'Replace with a new one',
  legend: 'Colour key',
  legendItems: { error: 'Error', warning: 'Warning', below: 'Below benchmark', filled: 'Filled ratio' },
  more: 'More actions',
  follow: 'Re-check as I edit cells',
  outsideOffice: 'This page is the add-in’s task pane and runs only inside Excel; to try it without Excel, open',
  openPreview: 'the preview.',
  languageName: 'Language: Tiếng Việt',
  language: 'Tiếng Việt',
  followAbsent:
    'This Excel does not report cell edits (ExcelApi 1.7, Office 2019 or later, is needed), so it cannot re-check by itself; press “Check” after editing.',
  consolidate: 'Consolidate files…',
  compare: 'Compare with last year…',
  progress: (read: number, total: number) => `Consolidating: ${read}/${total} files read`,
  changes: 'Changes from last year',
  changeColumns: { code: 'Code', indicator: 'Indicator', previous: 'Last year', current: 'This year', delta: 'Change' },
  toUnicode: 'Convert to Unicode',
};

/** The browser preview's own words, English. */
export const PREVIEW_EN: PreviewWords = {
  open: 'Open an .xlsx…',
  download: 'Download .xlsx',
  drop: 'or drop a file on the page',
  title: 'Preview — no Excel needed',
  opening: (name: string, stage: 'read' | 'unzip' | 'layout') =>
    `Opening “${name}”: ${{ read: 'reading the file', unzip: 'unzipping', layout: 'laying out the sheet' }[stage]}…`,
  stillShown: (name: string) => `The workbook shown is still “${name}”.`,
  sheets: 'Sheets',
  grid: (sheet: string) => `Sheet ${sheet}`,
  edit: (cell: string) => `Edit cell ${cell}`,
  stopped: 'The preview stopped. The file on your computer is unchanged; changes not downloaded are lost. Reload the page.',
  several: 'several files: consolidated into one workbook',
  consolidatedName: (year: number | null) => `consolidated${year === null ? '' : `-${year}`}.xlsx`,
};

/** Why no table was recognized, in English. */
export function notFoundEn(nf: NotFound): string {
  switch (nf.code) {
    case 'no-table':
      return 'No known table found: no sheet has the header row of the statistics appendix (STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu), a survey-form tally, a satisfaction-by-unit table or a SIPAS components table.';
    case 'appendix-incomplete': {
      const names = nf.missing.map((f) => `“${HEADER_NAMES[f]}”`).join(', ');
      return `No statistics appendix recognized: sheet “${nf.sheet}” has a header row but lacks ${names || 'any indicator of the catalogue'}.`;
    }
  }
}

const KIND_EN: Record<TableKind, string> = {
  'statistics-appendix': 'Statistics appendix (Phụ lục 2)',
  'survey-tally': 'Survey-form tally',
  'satisfaction-by-unit': 'Satisfaction by unit',
  'sipas-components': 'SIPAS components',
  'scoring-sheet': 'Scoring sheet',
};

/** A table kind's name, in English. */
export function kindNameEn(kind: TableKind): string {
  return KIND_EN[kind];
}

const HEADING_EN: Record<Severity | 'derived', string> = {
  error: 'ERRORS',
  warning: 'WARNINGS',
  info: 'NOTICES',
  derived: 'RATIOS THAT CAN BE FILLED',
};

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The command line's sentences, in English. */
export function cliEn(m: CliMessage): string {
  switch (m.code) {
    case 'usage':
      return `Usage:
  cchc check FILE.xlsx... [--json] [--lang vi|en] [--catalogue CATALOGUE.json] [--target PERCENT] [--previous LAST.xlsx]
  cchc fix IN.xlsx -o OUT.xlsx [--rubric RUBRIC.json] [--no-highlight] [--unicode] [--force] [--lang vi|en] [--previous LAST.xlsx]
  cchc rubric IN.xlsx -o OUT.xlsx [--force] [--lang vi|en]
  cchc consolidate FILE.xlsx... -o OUT.xlsx [--units LIST] [--json] [--force] [--lang vi|en] [--previous LAST.xlsx...]

  check: finds and checks every known table in each file (the statistics appendix, survey-form
    tally, satisfaction by unit, SIPAS components).
  fix: fills ratios, highlights, adds the remediation sheet, writes a new file (never over the input);
    --force: also replaces the remediation sheet the product made before;
    --unicode: only converts text typed in TCVN3 (.VnTime) or VNI-Windows to Unicode, fonts included.
  rubric: adds the scoring sheet "Thang điểm" (default criteria, self-score, appraised score), or
    refreshes the one the product made (scores kept); writes a new file.
  consolidate: consolidates the units' reports into a new workbook (who has sent what, each unit's
    appendix and the province's totals, survey forms, findings by unit); --units: the offices expected
    (one a line, or a workbook's first column); --json: prints the result as JSON.

  --json          one JSON array, a report per file
  --lang vi|en    message language (default vi)
  --catalogue F   another appendix catalogue (JSON), preferred over the built-in ones
  --target N      the satisfaction target (%) units are measured against (default: the rubric's, else none)
  --previous F    compare with last year's file (one file to check): adds previous, changes and
                  the findings year.jump, year.drop, year.mismatch; with fix: the remediation plan
                  cites last year's figures; with consolidate (last year's files of the units, from
                  --previous to the next option): a change column per office and for the province

Exit status: 0 no error · 1 errors found · 2 unreadable file, no known table, or usage mistake`;
    case 'unknown-command':
      return `unknown command: ${m.command}`;
    case 'needs-value':
      return `${m.option} needs a value`;
    case 'bad-target':
      return `--target must be a percentage from 0 to 100, not “${m.value}”`;
    case 'bad-lang':
      return '--lang must be vi or en';
    case 'previous-refused':
      return `${m.previous} cannot be compared with ${m.file} (${m.refusal.code}): ${compareWhyEn(m.refusal)}`;
    case 'previous-line':
      return `Compared with ${m.year === null ? 'last year' : m.year} (${m.file}): ${m.changes} figures given in both years`;
    case 'previous-args':
      return '--previous goes with exactly one file to check';
    case 'unicode-alone':
      return `--unicode only turns text typed in TCVN3 or VNI into Unicode and does nothing else: it does not go with ${m.option}`;
    case 'unknown-option':
      return `unknown option: ${m.option}`;
    case 'no-file':
      return 'at least one file is needed';
    case 'fix-args':
      return 'fix needs one input file and -o an output file';
    case 'rubric-args':
      return 'rubric needs one input file and -o an output file';
    case 'unexpected':
      return `unexpected error: ${m.detail}`;
    case 'file-not-found':
      return 'File not found.';
    case 'is-folder':
      return 'This is a folder, not a file.';
    case 'no-permission':
      return 'No permission to read or write the file.';
    case 'unreadable':
      return 'The file cannot be read.';
    case 'not-json':
      return `${m.path}: not valid JSON`;
    case 'catalogue-invalid':
      return `${m.path}: invalid catalogue (${m.detail})`;
    case 'rubric-invalid':
      return `${m.path}: invalid rubric (${m.detail})`;
    case 'table': {
      const about = [m.year ? `year ${m.year}` : null, m.office, m.edition ? `catalogue ${m.edition}` : null].filter(Boolean).join(', ');
      return `${KIND_EN[m.kind]} — sheet “${m.sheet}”, table header at row ${m.headerRow}${about ? ` — ${about}` : ''}`;
    }
    case 'counts':
      return `${m.indicators !== null ? `${m.indicators} indicators recognized · ` : ''}${plural(m.error, 'error')} · ${plural(m.warning, 'warning')} · ${plural(m.info, 'notice')}`;
    case 'heading':
      return `${HEADING_EN[m.group]} (${m.count})`;
    case 'would-lose':
      return `${m.input} holds ${m.parts} that the new file would lose; use --force to write it anyway.`;
    case 'start-no-excel':
      return 'No desktop Excel on this machine: opening the browser preview on the sample workbook.\nExcel on the web: `npm run dev-server`, then upload manifest.xml (Home › Add-ins › Upload My Add-in).';
    case 'preview-not-built':
      return 'The preview is not built: npm run preview';
    case 'preview-serving':
      return `Preview: http://localhost:${m.port}/preview.html  (Ctrl+C to stop)`;
    case 'port-busy':
      return `Port ${m.port} is taken; set PORT=… to use another.`;
    case 'start-build':
      return m.step === 'compile' ? 'Compiling (tsc)…' : m.step === 'bundle' ? 'Bundling (webpack)…' : 'The build is up to date.';
    case 'consolidate-args':
      return 'consolidate needs at least one input file and -o an output file';
    case 'consolidate-progress':
      return `Read ${m.done}/${m.total} files · ${m.withErrors} with errors`;
    case 'consolidated':
      return `Wrote ${m.output}: ${m.files} files, ${m.added} units added up, ${m.missing} units missing, ${m.cross} cross-file findings`;
    case 'consolidate-previous':
      return `Compared with ${m.year === null ? 'last year' : m.year} (${plural(m.files, 'file')}): ${m.matched} of ${m.added} units found in last year's files; the change column is left empty for the others`;
    case 'units-unreadable':
      return `${m.path}: cannot read the list of units (a text file with one office a line, or a workbook with the offices in column A)`;
    case 'nothing-to-consolidate':
      return 'no file holds a statistics appendix or a survey-form tally to consolidate; nothing was written';
    case 'verify-created':
      return `the consolidated workbook did not read back as written (sheet "${m.sheet}", cell ${m.cell}); nothing was written`;
  }
}

const TOUCH_EN: Record<FinishingTouch, string> = {
  'column-widths': 'column widths',
  'row-heights': 'row heights (some wrapped text may be hidden until rows are widened)',
  merges: 'merged titles',
  'freeze-panes': 'frozen header rows',
  'page-layout': 'page layout for printing',
  'fill-pattern': 'fill patterns',
};

/** One line naming the finishing touches this Excel could not apply, or '' when none. */
export function touchesSkippedEn(touches: FinishingTouch[]): string {
  if (touches.length === 0) return '';
  return `This version of Excel could not apply: ${touches.map((t) => TOUCH_EN[t]).join(', ')}; the data itself is complete.`;
}

/** A host's own text as the end of a sentence: one full stop, never two. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** What an action did, or why not, in English. */
export function noteEn(m: Note): string {
  switch (m.code) {
    case 'filled':
      if (!m.count && !m.changes) return 'No ratio left to fill.';
      return `Filled ${[m.count ? plural(m.count, 'ratio') : '', m.changes ? plural(m.changes, 'change cell') : ''].filter(Boolean).join(' and ')} (green cells).`;
    case 'highlighted':
      return `Highlighted ${plural(m.count, 'cell')}.`;
    case 'skipped':
      return `${plural(m.count, 'cell')} not highlighted because their fill could not be read.`;
    case 'cleared':
      return m.count ? 'Highlights cleared; the cells have their own fills back.' : 'No cell is highlighted.';
    case 'remediation-added':
      return m.replaced
        ? `Replaced the sheet “${m.sheet}” the add-in made earlier with a new one.`
        : `Created the sheet “${m.sheet}” with the criteria below benchmark.`;
    case 'remediation-kept':
      return `The sheet “${m.sheet}” the product made earlier exists and was kept; add --force to replace it with a new one.`;
    case 'scoring-sheet':
      return m.made === 'opened'
        ? `Showing the sheet “${m.sheet}”.`
        : m.made === 'created'
          ? `Created the sheet “${m.sheet}” with the default rubric’s ${m.criteria} criteria; adjust it to the province’s decision, then check again.`
          : `Refreshed the sheet “${m.sheet}” (${m.criteria} criteria), keeping the scores and causes written in it.`;
    case 'fixed':
      return `Set ${m.cell} to ${n(m.to)}${m.unit}. Click Undo to put it back.`;
    case 'converted':
      return m.count === 0
        ? 'No cell is typed in an old encoding (TCVN3, VNI): nothing to convert.'
        : `Converted ${n(m.count)} cells from ${m.encodings.map((e) => (e === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows')).join(', ')} to Unicode, their fonts changed to Unicode fonts (sheets ${m.sheets.join(', ')}).${m.undo ? ' Click Undo to put it back.' : ''}`;
    case 'undone':
      return `Undone: ${m.cells.join(', ')} ${m.cells.length === 1 ? 'is' : 'are'} back as before the quick fix.`;
    case 'touches-skipped':
      return touchesSkippedEn(m.touches);
    case 'wrote':
      return `Wrote ${m.output}: ${plural(m.errors, 'error')} remain.`;
    case 'ask-replace':
      return `The sheet “${m.sheet}” the add-in made earlier exists. Replace it with a new one? Nothing was changed.`;
    case 'refused':
      return refusalEn(m.refusal);
    case 'failed':
      return problemEn(m.problem);
    case 'unexpected':
      return `Something unexpected failed in the product (${m.detail}); check the workbook before saving it.`;
    case 'consolidated':
      return `Consolidated ${plural(m.files, 'file')} (${m.added} added into the totals) into ${m.replaced ? 'sheets replacing the earlier ones' : 'the sheets'} ${m.sheets.map((x) => `“${x}”`).join(', ')}.`;
    case 'charts-skipped':
      return `The charts of ${m.sheets.map((x) => `“${x}”`).join(', ')} are not drawn in the open workbook; cchc consolidate makes a new workbook with them.`;
    case 'ask-replace-sheets':
      return `The consolidated sheets ${m.sheets.map((x) => `“${x}”`).join(', ')} made earlier by the add-in exist. Replace them with new ones? Nothing has been changed.`;
    case 'no-files':
      return 'No .xlsx file chosen to consolidate. Nothing has been changed.';
    case 'compared':
      return `Compared with ${m.year === null ? 'last year' : m.year} (${m.file}): ${plural(m.changes, 'figure')} given in both years, ${plural(m.findings, 'point')} to look at.`;
    case 'previous-refused':
      return `${m.file} cannot be compared with this workbook (${m.refusal.code}): ${compareWhyEn(m.refusal)}. Nothing has been changed.`;
    case 'previous-unreadable':
      return `Could not read ${m.file}: ${sentence(m.reason.en)}`;
  }
}

/** Why a plan was refused, in English: nothing was changed. */
export function refusalEn(r: PlanRefusal): string {
  switch (r.refused) {
    case 'protected':
      return `Sheet “${r.sheet}” is protected: unprotect it and try again. Nothing was changed.`;
    case 'not-recognized':
      return 'No statistics appendix recognized, so this cannot be done.';
    case 'nothing-to-undo':
      return 'There is no change left to undo.';
    case 'changed-since':
      return `Cell ${r.cell} was edited after the add-in wrote it, so it was not undone to keep what you typed. Nothing was changed.`;
    case 'no-quick-fix':
      return 'This cell changed since the last check, so the quick fix no longer applies; click Check again. Nothing was changed.';
    case 'rubric-invalid':
      return 'The “Thang điểm” sheet has invalid cells (see the findings); fix them and try again.';
    case 'sheet-exists':
      return `The sheet “${r.sheet}” the product made earlier exists; confirm to replace it. Nothing was changed.`;
    case 'user-sheet':
      return `The sheet “${r.sheet}” is the user's: the product does not replace it. Nothing was changed.`;
    case 'state-unreadable':
      return r.reason === 'newer'
        ? 'The workbook holds highlights written by a newer version of the add-in; update it before highlighting or clearing. Nothing was changed.'
        : 'The highlights stored in the workbook cannot be read, so nothing is highlighted and no cell loses its own fill. Nothing was changed.';
    case 'previous':
      return `Last year's file cannot be compared with this one (${r.why.code}): ${compareWhyEn(r.why)}. Nothing was changed.`;
  }
}

/** Why a row of the scoring sheet cannot be read, in English (the end of a finding's sentence). */
function rubricProblemEn(p: RubricProblem): string {
  switch (p.code) {
    case 'no-header':
      return 'no header row (Mã … Điểm tối đa …)';
    case 'missing-column':
      return `the column “${p.name}” is missing`;
    case 'bad-code':
      return `cannot read the code “${p.text}” (write II.2.5.1, or 2.5.1 under an area row II)`;
    case 'score-without-max':
      return 'a score without a maximum';
    case 'not-number':
      return `“${p.text}” is not a number`;
    case 'bad-scale':
      return `cannot read the scale “${p.text}”`;
    case 'bad-measure':
      return `the measure “${p.text}” is not in the catalogue (write the indicator's name and code, like “tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)”)`;
    case 'no-criteria':
      return 'no criterion has a maximum';
    case 'invalid':
      return `invalid value (${p.detail})`;
  }
}

/** Why last year's workbook cannot be set beside this one (`--previous`, the remediation plan's trend). */
export function compareWhyEn(r: CompareRefusal): string {
  return r.code === 'previous.same-year'
    ? `it is of the same year, ${r.year}; last year's file is needed`
    : r.code === 'previous.other-office'
      ? `it is another office's (“${r.previousOffice}”, not “${r.office}”)`
      : r.reason === 'later-year'
        ? `it is of ${r.previousYear}, after ${r.year}`
        : r.reason === 'not-recognized'
          ? 'it holds no known table'
          : 'it holds no table of the same kind as this file';
}

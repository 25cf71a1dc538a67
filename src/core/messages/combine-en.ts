/**
 * The consolidated workbook's words and the cross-file findings' sentences, in English: loaded only with
 * the consolidation (the pane's on-demand chunk, the CLI), never in the pane's first load.
 */
import type { Severity } from '../rules/findings';
import type { Basis, CrossFinding, UnitStatus } from '../combine/types';
import type { CombineColumn, CombineSheet, CombineText } from '../combine/words';
import type { OfficeLevel } from '../kinds/appendix/offices';

const COMBINE_SHEET_EN: Record<CombineSheet, string> = {
  status: 'Submissions',
  appendix: 'Appendix 2 totals',
  tally: 'Survey-form totals',
  findings: 'Findings by unit',
  ranking: 'Ranking',
};

const COMBINE_TITLE_EN: Record<CombineSheet, string> = {
  status: 'ADMINISTRATIVE REFORM REPORTS RECEIVED',
  appendix: 'ADMINISTRATIVE REFORM STATISTICS, CONSOLIDATED',
  tally: 'SURVEY FORMS, CONSOLIDATED',
  findings: 'ERRORS AND WARNINGS BY UNIT',
  ranking: 'UNITS RANKED BY THEIR REFORM INDEX',
};

const COMBINE_COLUMN_EN: Record<CombineColumn, string> = {
  number: 'No.',
  office: 'Unit',
  level: 'Level',
  file: 'File',
  year: 'Year',
  edition: 'Catalogue',
  status: 'Status',
  errors: 'Errors',
  warnings: 'Warnings',
  achieved: 'Points',
  possible: 'Possible',
  code: 'Code',
  indicator: 'Indicator',
  unit: 'Unit of measure',
  province: 'Province',
  basis: 'Total made by',
  issued: 'Forms issued',
  returned: 'Forms returned',
  valid: 'Valid forms',
  invalid: 'Invalid forms',
  sheet: 'Sheet',
  cell: 'Cell',
  rule: 'Rule',
  severity: 'Severity',
  message: 'Message',
  rank: 'Rank',
  index: 'Index (%)',
  'on-time': 'Dossiers on time (%)',
  target: 'Benchmark (%)',
};

const UNIT_STATUS_EN: Record<UnitStatus, string> = {
  ok: 'ok',
  findings: 'has errors',
  unreadable: 'unreadable',
  'not-recognized': 'not recognized',
  duplicate: 'duplicate unit',
  'other-year': 'other year',
  missing: 'not received',
};

const BASIS_EN: Record<Basis, string> = {
  sum: 'sum',
  ratio: 'ratio of summed counts',
  codes: 'count per code',
  none: 'no total',
};

const LEVEL_EN: Record<OfficeLevel, string> = {
  province: 'province',
  district: 'district',
  city: 'city',
  regional: 'regional',
  base: 'base',
};

const COMBINE_SEVERITY_EN: Record<Severity | 'cross', string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  cross: 'across files',
};

/** A cross-file finding, in English. */
function crossEn(f: CrossFinding): string {
  switch (f.rule) {
    case 'consolidate.year':
      return `${f.file}: figures for ${f.year}, not the consolidated year ${f.expected}; not added up.`;
    case 'consolidate.edition':
      return `${f.file}: catalogue ${f.edition}, unlike the other files (${f.expected}).`;
    case 'consolidate.duplicate':
      return `${f.file}: ${f.office} was already received in ${f.first}; the later file is not added up.`;
    case 'consolidate.missing':
      return `${f.office}: no report received.`;
    case 'consolidate.unreadable':
      return f.status === 'unreadable'
        ? `${f.file}: ${f.reason?.en ?? 'The file cannot be read.'} It is not added up.`
        : `${f.file}: ${f.reason?.en ?? 'It holds no statistics appendix or survey-form tally.'} It is not added up.`;
  }
}

/** The consolidated workbook's words, in English. */
export function combineEn(t: CombineText): string {
  switch (t.code) {
    case 'sheet':
      return COMBINE_SHEET_EN[t.sheet];
    case 'title': {
      const year = t.year !== null ? ` ${t.year}` : '';
      const count = t.sheet === 'status' ? ` (${t.files} files, ${t.added} units added up)` : '';
      return `${COMBINE_TITLE_EN[t.sheet]}${year}${count}`;
    }
    case 'column':
      return COMBINE_COLUMN_EN[t.column];
    case 'change-column':
      return `Change from ${t.year !== null ? t.year : 'last year'}`;
    case 'status':
      return UNIT_STATUS_EN[t.status];
    case 'basis':
      return BASIS_EN[t.basis];
    case 'level':
      return LEVEL_EN[t.level];
    case 'severity':
      return COMBINE_SEVERITY_EN[t.severity];
    case 'total-row':
      return 'Total';
    case 'chart':
      return t.chart === 'ranking' ? 'Reform index by unit (%)' : 'Dossiers resolved on time against the benchmark (%)';
    case 'counts':
      return t.counts
        .filter((c) => c.label !== null || c.count > 0)
        .map((c) => `${c.label ?? `code ${c.code}`}: ${c.count}`)
        .join(' · ');
    case 'cross':
      return crossEn(t.finding);
  }
}

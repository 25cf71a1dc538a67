/**
 * The scoring sheet ("Thang điểm") as a kind: it gives the check its rubric (a file's, the sheet's, or
 * the defaults), and its section holds the problems of the sheet as findings at their cells. It makes
 * no report on its own.
 */
import type { Catalogue } from '../kinds/appendix/catalogue';
import type { Finding } from '../rules/findings';
import { DEFAULT_RUBRIC, Rubric } from '../scoring';
import { isRubricSheetName, readRubricSheet } from '../scoring/sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { ChosenRubric, Kind } from './kind';

function chooseRubric(wb: WorkbookSnapshot, cat: Catalogue, given: Rubric | undefined): ChosenRubric {
  if (given) return { rubric: given, info: { source: 'file', valid: true }, findings: [] };
  const sheet = readRubricSheet(wb, cat);
  if (!sheet.found) return { rubric: DEFAULT_RUBRIC, info: { source: 'default', valid: true }, findings: [] };
  if ('rubric' in sheet) {
    // A bad score or band is a finding at its cell; the rest of the sheet still scores.
    const findings: Finding[] = sheet.problems.map((p) => ({
      rule: 'score.invalid',
      severity: 'error',
      sheet: sheet.sheet,
      cell: `${p.column}${p.row}`,
      row: p.row,
      id: p.criterion,
      code: p.criterion,
      label: p.columnName,
      column: p.column,
      columnName: p.columnName,
      criterion: p.criterion,
      problem: p.problem,
      actual: p.actual,
      max: p.max,
    }));
    return { rubric: sheet.rubric, info: { source: 'sheet', sheet: sheet.sheet, valid: true }, findings, entries: sheet.entries };
  }
  const findings: Finding[] = sheet.errors.map((e) => ({
    rule: 'rubric.invalid',
    severity: 'error',
    sheet: sheet.sheet,
    cell: `${e.column === '?' ? 'A' : e.column}${e.row}`,
    row: e.row,
    id: null,
    code: null,
    label: e.columnName,
    column: e.column,
    columnName: e.columnName,
    problem: e.problem,
  }));
  return { rubric: null, info: { source: 'sheet', sheet: sheet.sheet, valid: false }, findings };
}

export const SCORING_KIND: Kind<never> = {
  kind: 'scoring-sheet',
  standalone: false,
  finder: {
    kind: 'scoring-sheet',
    find: (head) => (isRubricSheetName(head.name) ? { kind: 'scoring-sheet', right: Number.MAX_SAFE_INTEGER } : null),
  },
  recognize: () => ({ tables: [] }),
  provide: (_tables, ctx) => ({ rubric: chooseRubric(ctx.wb, ctx.catalogue, ctx.opts.rubric) }),
  check(_tables, ctx) {
    const chosen = ctx.rubric as ChosenRubric;
    return {
      tables: [],
      findings: chosen.findings.map((f) => ({ ...f, kind: 'scoring-sheet' as const })),
      fields: { rubric: chosen.rubric ? { ...chosen.info, headings: chosen.rubric.headings } : chosen.info },
    };
  },
};

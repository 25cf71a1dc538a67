/**
 * The remediation appendix as LibreOffice prints it: converted to PDF, each cell's text is found in drawing
 * order and its last line ends above the next row's first line: a row too short would clip it.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { NewSheetPlan, WorkbookSnapshot, check, planRemediation } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { scoringSheetWithCouncil } from '../fixtures/seed-001-scores';
import { clippedCells, pdfDir as dir, testWithPdf, toPdf } from '../helpers/pdf';
import { planToSheet } from '../helpers/sheet';

function remediation(): NewSheetPlan {
  const built = buildAppendix();
  built.workbook.sheets.push(planToSheet(scoringSheetWithCouncil()));
  const r = planRemediation(check(built.workbook), built.workbook);
  if (!r.ok) throw new Error(r.refused);
  return r.plan.newSheet!;
}

/** The appendix with the council's scores, its causes citing last year's figures (issue 22): longer cause lines. */
function withTrend(): NewSheetPlan {
  const built = buildAppendix();
  built.workbook.sheets.push(planToSheet(scoringSheetWithCouncil()));
  const year2020 = (wb: WorkbookSnapshot): WorkbookSnapshot => ({
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/2021/g, '2020') : v))),
    })),
  });
  const last = year2020(buildAppendix({ edits: { '2.5.3': { value: '99,53' } } }).workbook);
  const r = planRemediation(check(built.workbook), built.workbook, { previous: check(last) });
  if (!r.ok) throw new Error(r.refused);
  return r.plan.newSheet!;
}

describe('the remediation appendix printed by LibreOffice', () => {
  const sheet = remediation();

  testWithPdf(
    'every cell’s text shows whole in the PDF; a page picture is made',
    async () => {
      const pdf = await toPdf(sheet, 'khac-phuc');
      expect(clippedCells(sheet, pdf)).toEqual([]);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      // A4 landscape: 842 × 595 points.
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts|Page size:\s+842 x 595 pts/);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'khac-phuc')]);
      expect(existsSync(join(dir, 'khac-phuc.png'))).toBe(true);
    },
    180000,
  );

  testWithPdf(
    'with last year’s figures in the causes, every cell still shows whole',
    async () => {
      const trend = withTrend();
      expect(trend.rows.some((r) => String(r[3]).includes('(năm 2020: 99,53%)'))).toBe(true);
      expect(clippedCells(trend, await toPdf(trend, 'khac-phuc-xu-huong'))).toEqual([]);
    },
    180000,
  );

  testWithPdf(
    'the check can fail: rows left at one line clip the wrapped text',
    async () => {
      const short = { ...sheet, rowHeights: Object.fromEntries(Object.keys(sheet.rowHeights!).map((r) => [r, 16])) };
      const pdf = await toPdf(short, 'khac-phuc-thap');
      expect(clippedCells(short, pdf).length).toBeGreaterThan(5);
    },
    180000,
  );
});

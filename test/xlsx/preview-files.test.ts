import { readFileSync } from 'fs';
import { join } from 'path';
import { planWithFills, readTables } from '../../src/app/session';
import { check, planFillRatios, planHighlights } from '../../src/core';
import { openFile } from '../../src/preview/files';
import { clipped, spillCols } from '../../src/preview/sheet-view';
import { scoringSheetWithCouncil } from '../fixtures/seed-001-scores';
import { readSnapshot, verifyPackage } from '../../src/xlsx';

const sample = readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'));

describe('the preview on the package engine', () => {
  test('the grid sees the visible sheets as Excel shows them; highlights and edits appear; the download is verified and keeps every typed value', async () => {
    const file = openFile('huyen.xlsx', sample);
    expect(file.sheets()).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'SIPAS']);
    const before = file.view('Phụ lục 2')!;
    // The seed's figures were typed as text: shown as typed, not as numbers.
    expect(before.cell(60, 4, 'vi')).toEqual({ text: '169.800', wrap: true });
    expect(before.cell(9, 2, 'vi')).toEqual({ text: 'Chỉ tiêu thống kê', bold: true, wrap: true });
    expect(before.rows).toBe(146);
    expect(before.merges.length).toBeGreaterThan(0);

    let snap = await readTables(file.port);
    const fill = planFillRatios(check(snap), snap);
    if (!fill.ok) throw new Error('refused');
    await file.port.apply(fill.plan);
    // A filled ratio is a number, written the reader's way with the appendix's two decimals (format 0.00).
    expect(file.view('Phụ lục 2')!.cell(61, 4, 'vi')).toMatchObject({
      text: '99,10',
      number: true,
      formula: expect.stringMatching(/^=ROUND/),
    });
    expect(file.view('Phụ lục 2')!.cell(61, 4, 'en')).toMatchObject({ text: '99.10' });
    expect(file.view('Phụ lục 2')!.cell(123, 4, 'vi')).toMatchObject({ text: '84,94', number: true });
    snap = await readTables(file.port);
    // As the fronts do: the highlights read the own fills of the cells they colour first.
    const report = check(snap);
    const { result: hl } = await planWithFills(file.port, snap, (s) => planHighlights(report, s));
    if (!hl.ok) throw new Error('refused');
    await file.port.apply(hl.plan);
    expect(file.view('Phụ lục 2')!.cell(57, 4, 'vi')).toMatchObject({ fill: '#FFC7CE' });

    // An edit typed the Vietnamese way is a number in the file; the D57 error goes.
    await file.edit('Phụ lục 2', 'D57', 100);
    expect(file.view('Phụ lục 2')!.cell(57, 4, 'vi')).toMatchObject({ text: '100', number: true });
    const after = check(await readTables(file.port));
    expect(after.findings.some((f) => f.cell === 'D57' && f.severity === 'error')).toBe(false);

    const out = file.download();
    // Verification holds the download to the planned cells: leave the edit out and it refuses.
    expect(() => verifyPackage(sample, out, new Set(['Phụ lục 2!D61', 'Phụ lục 2!D123', 'cchc_state!A1']))).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'verify-failed', cell: 'D57' }) }),
    );
    const a = (await readSnapshot(sample)).sheets.find((s) => s.name === 'Phụ lục 2')!;
    const b = (await readSnapshot(out)).sheets.find((s) => s.name === 'Phụ lục 2')!;
    a.values.forEach((r, i) =>
      r.forEach((v, j) => v !== null && i + a.origin.row !== 57 && expect([i, j, b.values[i][j]]).toEqual([i, j, v])),
    );
  });

  test('text is drawn as Excel does: long titles spill into empty neighbours, wrapped cells keep their lines and row height, clipped text has a tooltip', () => {
    const file = openFile('huyen.xlsx', sample);
    const survey = file.view('Phiếu điều tra')!;
    // "BÁO CÁO" and the survey's title are wider than column A: they run on over the empty cells to their right.
    expect(survey.cell(1, 1, 'vi')?.text).toBe('BÁO CÁO');
    expect(survey.cell(1, 2, 'vi')).toBeNull();
    expect(spillCols(survey, 1, 1, 'vi')).toBeGreaterThanOrEqual(1);
    expect(spillCols(survey, 2, 1, 'vi')).toBeGreaterThanOrEqual(3);
    // Not into a cell covered by a merge, nor past a cell with a value.
    expect(spillCols(survey, 1, 1, 'vi', (_r, c) => c === 2)).toBe(0);
    const appendix = file.view('Phụ lục 2')!;
    // A number never spills; a wrapped text neither: it shows on several lines, within its row's height.
    expect(spillCols(appendix, 61, 4, 'vi')).toBe(0);
    expect(appendix.cell(33, 2, 'vi')).toMatchObject({ text: 'Khảo sát sự hài lòng của người dân, tổ chức', wrap: true });
    expect(spillCols(appendix, 33, 2, 'vi')).toBe(0);
    expect(appendix.cell(4, 1, 'vi')).toMatchObject({ wrap: true });
    expect(appendix.rowHeight(4)).toBeGreaterThan(40);
    // A wrapped cell without a height of its own is as tall as its lines.
    const data = file.viewData('Phụ lục 2')!;
    const long = data.values.findIndex(
      (v, i) => typeof v === 'string' && v.length * 7 > appendix.colWidth(data.cellCols[i]) * 2 && data.styles[data.cellStyles[i]].wrap,
    );
    expect(long).toBeGreaterThanOrEqual(0);
    expect(appendix.rowHeight(data.cellRows[long])).toBeGreaterThanOrEqual(36);
    // Clipped text is told apart from text that fits (the grid then gives it as a tooltip).
    expect(clipped('Điểm tự chấm', 47, 20, false)).toBe(true);
    expect(clipped('Điểm', 68, 20, false)).toBe(false);
    expect(clipped('Điểm tự chấm của đơn vị', 68, 52, true)).toBe(false);
    expect(clipped('Điểm tự chấm của đơn vị', 68, 20, true)).toBe(true);
  });

  test('the scoring sheet freezes its header rows and its code and title columns, as in the file', async () => {
    const file = openFile('huyen.xlsx', sample);
    expect(file.view('Phụ lục 2')!.frozen).toEqual({ rows: 0, cols: 0 });
    await file.port.apply({ cells: [], fills: [], newSheet: scoringSheetWithCouncil() });
    const view = file.view('Thang điểm')!;
    expect(view.frozen).toEqual({ rows: 5, cols: 2 });
    expect(view.cell(5, 1, 'vi')?.text).toBe('Mã');
    expect(view.cell(5, 2, 'vi')?.text).toBe('Tiêu chí');
    // Its headers fit their columns, or wrap within their row.
    for (let c = 1; c <= 7; c++) {
      const h = view.cell(5, c, 'vi')!;
      expect([h.text, h.wrap || !clipped(h.text, view.colWidth(c), view.rowHeight(5), false)]).toEqual([h.text, true]);
    }
  });
});

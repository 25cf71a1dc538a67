import { readFileSync } from 'fs';
import { join } from 'path';
import { planWithFills, readTables } from '../../src/app/session';
import { check, planFillRatios, planHighlights } from '../../src/core';
import { openFile } from '../../src/preview/files';
import { readSnapshot, verifyPackage } from '../../src/xlsx';

const sample = readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'));

describe('the preview on the package engine', () => {
  test('the grid sees the visible sheets as Excel shows them; highlights and edits appear; the download is verified and keeps every typed value', async () => {
    const file = openFile('huyen.xlsx', sample);
    expect(file.sheets()).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'SIPAS']);
    const before = file.view('Phụ lục 2')!;
    // The seed's figures were typed as text: shown as typed, not as numbers.
    expect(before.cell(60, 4, 'vi')).toEqual({ text: '169.800' });
    expect(before.cell(9, 2, 'vi')).toEqual({ text: 'Chỉ tiêu thống kê', bold: true });
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
});

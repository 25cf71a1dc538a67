import { readFileSync } from 'fs';
import { join } from 'path';
import { planWithFills, readTables } from '../../src/app/session';
import { check, planFillRatios, planHighlights } from '../../src/core';
import { openFile } from '../../src/preview/files';
import { readSnapshot } from '../../src/xlsx';

const sample = readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'));

describe('the preview on the package engine', () => {
  test('the view shows the visible sheets; highlights appear in it; the download is verified and keeps every typed value', async () => {
    const file = openFile('huyen.xlsx', sample);
    const before = file.view();
    expect(before.map((s) => s.name)).toContain('Phụ lục 2');
    let snap = await readTables(file.port);
    const fill = planFillRatios(check(snap), snap);
    if (!fill.ok) throw new Error('refused');
    await file.port.apply(fill.plan);
    snap = await readTables(file.port);
    // As the fronts do: the highlights read the own fills of the cells they colour first.
    const report = check(snap);
    const { result: hl } = await planWithFills(file.port, snap, (s) => planHighlights(report, s));
    if (!hl.ok) throw new Error('refused');
    await file.port.apply(hl.plan);
    const sheet = file.view().find((s) => s.name === 'Phụ lục 2')!;
    const { row, col } = { row: 57 - sheet.origin.row, col: 4 - sheet.origin.col };
    expect(sheet.fills[row][col]).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    const out = file.download();
    const a = (await readSnapshot(sample)).sheets.find((s) => s.name === 'Phụ lục 2')!;
    const b = (await readSnapshot(out)).sheets.find((s) => s.name === 'Phụ lục 2')!;
    a.values.forEach((r, i) => r.forEach((v, j) => v !== null && expect([i, j, b.values[i][j]]).toEqual([i, j, v])));
  });
});

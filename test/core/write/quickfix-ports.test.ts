/** A quick fix and its undo leave every cell as before (value, formula, number format, fill), through both adapters. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { check, quickFix, undo } from '../../../src/app/actions';
import { WorkbookPort, columnLetters } from '../../../src/core';
import { createExcelPort } from '../../../src/excel';
import { PackagePort, createPackagePort, openPackage, packageSnapshot } from '../../../src/xlsx';
import { buildAppendix } from '../../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook } from '../../excel/fake-excel';

const sample = () => createPackagePort(readFileSync(join(__dirname, '..', '..', '..', 'assets', 'sample-district-2021.xlsx')));

/** Every cell of the package as it stands: value, formula, number format, fill. */
function packageCells(port: PackagePort) {
  const out: Record<string, unknown> = {};
  for (const s of packageSnapshot(openPackage(port.bytes()), true).sheets)
    s.values.forEach((row, i) =>
      row.forEach((value, j) => {
        out[`${s.name}!${columnLetters(s.origin.col + j)}${s.origin.row + i}`] = {
          value,
          formula: s.formulas?.[i]?.[j] ?? null,
          format: s.formats?.[i]?.[j] ?? 'General',
          fill: s.fills?.[i]?.[j] ?? null,
        };
      }),
    );
  return out;
}

function fakeCells(book: FakeWorkbook) {
  const out: Record<string, unknown> = {};
  for (const s of book.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = { ...c };
  return out;
}

/** Kiểm tra, then fix the finding of `rule`, then Hoàn tác, through the action layer; returns the cell the fix wrote. */
async function fixAndUndo(port: WorkbookPort, rule: string, snapshotCells: () => unknown) {
  const checked = await check(port, { lang: 'vi' });
  const before = snapshotCells();
  const f = checked.report!.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule}`);
  const fixed = await quickFix(port, f, { lang: 'vi' });
  const note = fixed.notes[0];
  if (note.code !== 'fixed') throw new Error(note.code);
  expect(fixed.canUndo).toBe(true);
  const afterFix = snapshotCells();
  expect(fixed.report!.findings.filter((x) => x.rule === rule && x.cell === f.cell)).toEqual([]);
  const undone = await undo(port, { lang: 'vi' });
  expect(undone.notes[0]).toMatchObject({ code: 'undone', cells: [note.cell] });
  return { before, fixed: afterFix, after: snapshotCells(), cell: note.cell };
}

describe('quick fix then undo', () => {
  test('the preview’s .xlsx package: the count “29 người” at D78, every cell as before', async () => {
    const port = sample();
    const { before, fixed, after, cell } = await fixAndUndo(port, 'type.count', () => packageCells(port));
    expect(cell).toBe('D78');
    expect((fixed as Record<string, { value: unknown }>)['Phụ lục 2!D78'].value).toBe(29);
    expect(after).toEqual(before);
  });

  test.each([
    ['a ratio typed as text', '2.5.3', '98,50', 'ratio.mismatch'],
    ['a total', 'BHXH các huyện, thị xã', '9', 'relation.partition'],
  ])('Office.js (the fake): %s, every cell as before', async (_, key, value, rule) => {
    const built = buildAppendix({ edits: { [key]: { value } } });
    const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
    const { before, fixed, after } = await fixAndUndo(createExcelPort(new FakeHost(book)), rule, () => fakeCells(book));
    expect(fixed).not.toEqual(before);
    expect(after).toEqual(before);
  });
});

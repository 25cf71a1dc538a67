/**
 * A file `cchc fix` or the preview wrote, opened in Excel: the product's state is in the very hidden
 * sheet, not in Excel's settings. The pane reads it there (one more sync, only then), so Xóa đánh dấu
 * takes off the highlights the CLI made; its first write of the state blanks the sheet's copy, so the
 * cleared highlights never come back. A workbook whose settings hold the state never reads the sheet.
 */
import { clearHighlights } from '../../src/app/actions';
import { readTables } from '../../src/app/session';
import { HighlightRecord, ProductState, STATE_SHEET_NAME, storedState } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { stateCells } from '../../src/xlsx/package';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES } from './fake-excel';

/** What a check of the seed appendix highlighted, as the CLI recorded it: 3,000 of them, so the state takes several cells. */
function cliState(): ProductState {
  const highlights: HighlightRecord[] = [{ sheet: 'Phụ lục 2', cell: 'D14', kind: 'error', original: null }];
  for (let r = 0; r < 3000; r++)
    highlights.push({
      sheet: 'Phụ lục 2',
      cell: `E${20 + r}`,
      kind: r % 2 ? 'warning' : 'below',
      original: r % 3 ? null : { color: '#FFFF00' },
    });
  return { version: 1, highlights, filled: [] };
}

/** The appendix, its D14 coloured as the CLI left it, and the very hidden state sheet holding `state` in column A. */
function cliBook(state: ProductState): FakeWorkbook {
  const appendix = FakeSheet.from(buildAppendix().sheet);
  appendix.set(14, 4, { fill: { color: '#FF9999' } });
  const pieces = stateCells(storedState(state));
  const hidden = FakeSheet.from({ name: STATE_SHEET_NAME, origin: { row: 1, col: 1 }, values: pieces.map((p) => [p]), merges: [] });
  hidden.visibility = 'VeryHidden';
  return new FakeWorkbook([appendix, hidden]);
}

describe.each(PROFILES.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test('the state is read from the sheet; Xóa đánh dấu takes the highlights off and the sheet’s copy is blanked', async () => {
    const state = cliState();
    expect(stateCells(storedState(state)).length).toBeGreaterThan(1);
    const book = cliBook(state);
    const host = new FakeHost(book, profile);
    const port = createExcelPort(host);
    const snap = await readTables(port);
    expect(snap.stateProblem).toBeNull();
    expect(snap.state).toEqual(state);

    const o = await clearHighlights(port);
    expect(o.status).toBe('done');
    // The fill the CLI's highlight replaced is back.
    expect(book.sheet('Phụ lục 2').get(14, 4).fill ?? null).toBeNull();
    const column = [...book.sheet(STATE_SHEET_NAME).cells.values()].map((c) => c.value).filter((v) => v !== null && v !== '');
    expect(column).toEqual([]);
    const again = await readTables(createExcelPort(host));
    expect(again.state?.highlights ?? []).toEqual([]);
  });
});

test('a workbook whose settings hold the state: the sheet is never read (no extra sync)', async () => {
  const book = cliBook(cliState());
  const own: ProductState = { version: 1, highlights: [], filled: [] };
  book.settings.set('cchc.state', storedState(own));
  const host = new FakeHost(book);
  const snap = await readTables(createExcelPort(host));
  expect(snap.state).toEqual(own);
  const plain = new FakeHost(new FakeWorkbook([FakeSheet.from(buildAppendix().sheet)]));
  plain.book.settings.set('cchc.state', storedState(own));
  await readTables(createExcelPort(plain));
  expect(host.syncs).toBe(plain.syncs);
});

test('a state sheet that refuses to be blanked (protected since): the action is still done, and the copy is blanked at the next write', async () => {
  const book = cliBook(cliState());
  const host = new FakeHost(book);
  const port = createExcelPort(host);
  await readTables(port);
  book.sheet(STATE_SHEET_NAME).protected = true;
  expect((await clearHighlights(port)).status).toBe('done');
  expect(book.sheet('Phụ lục 2').get(14, 4).fill ?? null).toBeNull();
  book.sheet(STATE_SHEET_NAME).protected = false;
  expect((await clearHighlights(port)).status).toBe('done');
  const column = [...book.sheet(STATE_SHEET_NAME).cells.values()].map((c) => c.value).filter((v) => v !== null && v !== '');
  expect(column).toEqual([]);
});

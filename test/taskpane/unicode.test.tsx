/**
 * @jest-environment jsdom
 */
/**
 * Chuyển sang Unicode in the pane: a workbook typed in TCVN3 shows the button after Kiểm tra; it turns
 * every legacy text cell into Unicode in Times New Roman, says so, and Hoàn tác puts the cells back.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelPort } from '../../src/excel';
import { App } from '../../src/taskpane/components/App';
import { ACTIONS } from '../../src/app/actions';
import type { SheetSnapshot } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { buildUnits } from '../fixtures/units';
import { FakeHost, FakeSheet, FakeWorkbook } from '../excel/fake-excel';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** Every text cell of the sheet with its font, by `row,col`. */
function texts(sheet: FakeSheet) {
  const out = new Map<string, [unknown, string]>();
  for (const [k, c] of sheet.cells) {
    if (typeof c.value !== 'string' || c.value === '') continue;
    const [row, col] = k.split(',').map(Number);
    out.set(k, [c.value, sheet.fontOf(row, col)]);
  }
  return out;
}

/** The pane over one seed sheet typed in TCVN3, checked; its Unicode twin and its text cells before. */
async function converted(snap: SheetSnapshot) {
  const unicode = FakeSheet.from(snap);
  const book = new FakeWorkbook([FakeSheet.tcvn3(snap)]);
  const sheet = book.sheet(snap.name);
  const before = texts(sheet);
  render(<App port={createExcelPort(new FakeHost(book))} actions={ACTIONS} initialLang="vi" />);
  expect(screen.queryByRole('button', { name: 'Chuyển sang Unicode' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang Unicode' }));
  const note = await screen.findByText(/^Đã chuyển \d+ ô từ bảng mã TCVN3 \(ABC\) sang Unicode/);
  // Every text cell now reads as the Unicode sample, in Times New Roman.
  for (const k of before.keys()) {
    const [row, col] = k.split(',').map(Number);
    expect([k, sheet.get(row, col).value]).toEqual([k, unicode.get(row, col).value]);
    expect([k, sheet.fontOf(row, col)]).toEqual([k, 'Times New Roman']);
  }
  // Checked again in Unicode: nothing legacy is left, so the button goes.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Chuyển sang Unicode' })).toBeNull());
  return { sheet, before, note };
}

test('a TCVN3 tally: Chuyển sang Unicode makes its cells Unicode in Times New Roman; Hoàn tác restores them', async () => {
  const { sheet, before, note } = await converted(buildUnits('tally').sheet);
  expect(note.textContent).toMatch(/Bấm Hoàn tác để trả lại như cũ\.$/);
  fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
  await waitFor(() => expect(texts(sheet)).toEqual(before));
  await screen.findByRole('button', { name: 'Chuyển sang Unicode' });
});

test('a TCVN3 appendix too large to keep its undo: converted, and the pane offers no Hoàn tác', async () => {
  const { note } = await converted(buildAppendix().sheet);
  expect(note.textContent).not.toMatch(/Hoàn tác/);
  expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
});

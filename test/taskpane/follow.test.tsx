/**
 * @jest-environment jsdom
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { localFeed } from '../../src/app/changes';
import { ACTIONS } from '../../src/app/actions';
import { createExcelPort } from '../../src/excel';
import { excelChanges } from '../../src/excel/changes';
import { App, FOLLOW_DELAY_MS } from '../../src/taskpane/components/App';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook } from '../excel/fake-excel';

// The machine running the tests may be busy: wait up to 5 s for what the pane shows.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => localStorage.clear());

function setup(on = true) {
  const built = buildAppendix({ edits: { '2.4.4': { value: '110' } } });
  const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
  const feed = localFeed(on);
  render(<App port={createExcelPort(new FakeHost(book))} actions={ACTIONS} initialLang="vi" changes={feed} />);
  return { row: built.rowOf.get('2.4.4')!, book, feed };
}

describe('checks that follow edits', () => {
  test('after an edit of the table the pane checks again by itself after the pause; its highlight goes', async () => {
    const { row, book, feed } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/tỷ lệ phải từ 0 đến 100%, đang ghi 110%/);
    // Events right after the pane's own writes are their echo; a person edits a moment later.
    await act(() => new Promise((r) => setTimeout(r, 400)));
    book.sheet('Phụ lục 2').set(row, 4, { value: '100' });
    act(() => {
      feed.emit();
      feed.emit();
    });
    await waitFor(() => expect(screen.queryByText(/đang ghi 110%/)).toBeNull(), { timeout: FOLLOW_DELAY_MS + 3000 });
    expect(book.sheet('Phụ lục 2').get(row, 4).fill).toBeNull();
  });

  test('switched off, an edit changes nothing in the pane', async () => {
    const { row, book, feed } = setup(false);
    const sw = screen.getByRole('switch', { name: 'Tự kiểm tra lại khi sửa ô' });
    expect((sw as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/đang ghi 110%/);
    book.sheet('Phụ lục 2').set(row, 4, { value: '100' });
    act(() => feed.emit());
    await new Promise((r) => setTimeout(r, FOLLOW_DELAY_MS + 300));
    expect(screen.getByText(/đang ghi 110%/)).toBeTruthy();
    // Turned on by its label, the next edit is followed.
    fireEvent.click(screen.getByText('Tự kiểm tra lại khi sửa ô'));
    expect((sw as HTMLInputElement).checked).toBe(true);
    act(() => feed.emit());
    await waitFor(() => expect(screen.queryByText(/đang ghi 110%/)).toBeNull(), { timeout: FOLLOW_DELAY_MS + 3000 });
  });
});

describe('follow edits on an Excel without change events (below ExcelApi 1.7)', () => {
  test('no switch; a sentence in its place says why and what to do', () => {
    const built = buildAppendix({});
    const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
    const host = new FakeHost(book, '1.4');
    render(<App port={createExcelPort(host)} actions={ACTIONS} initialLang="vi" changes={excelChanges(host, false)} />);
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText(/Excel này không báo khi ô được sửa/)).toBeTruthy();
  });
});

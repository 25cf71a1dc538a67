/**
 * @jest-environment jsdom
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { localFeed } from '../../src/app/changes';
import { ACTIONS } from '../../src/app/actions';
import { createExcelPort } from '../../src/excel';
import { excelChanges } from '../../src/excel/changes';
import type { ExcelHost } from '../../src/excel';
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

describe('Excel change events (ExcelApi 1.7)', () => {
  function eventHost(supported: boolean) {
    const handlers: ((e: { changeType: string }) => Promise<void>)[] = [];
    let removed = 0;
    const context = {
      sync: async () => undefined,
      workbook: {
        worksheets: {
          onChanged: {
            add: (h: (e: { changeType: string }) => Promise<void>) => {
              handlers.push(h);
              return {
                context: { sync: async () => undefined },
                remove: () => {
                  removed++;
                },
              };
            },
          },
        },
      },
    };
    const host: ExcelHost = {
      run: (batch) => batch(context as unknown as Excel.RequestContext),
      isSetSupported: (name, version) => supported && name === 'ExcelApi' && version <= '1.7',
    };
    return { host, handlers, removed: () => removed };
  }

  test('a feed where the host has change events: typed values count, other changes do not; stopping removes the handler', async () => {
    const h = eventHost(true);
    const feed = excelChanges(h.host, 'PC')!;
    expect(feed.onByDefault).toBe(true);
    const calls: number[] = [];
    const stop = await feed.subscribe(() => calls.push(1));
    await h.handlers[0]({ changeType: 'RangeEdited' });
    await h.handlers[0]({ changeType: 'RowInserted' });
    expect(calls).toHaveLength(1);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.removed()).toBe(1);
  });

  test('off by default on Excel on the web; none where ExcelApi 1.7 is missing', () => {
    expect(excelChanges(eventHost(true).host, 'OfficeOnline')!.onByDefault).toBe(false);
    expect(excelChanges(eventHost(false).host, 'PC')).toBeNull();
  });
});

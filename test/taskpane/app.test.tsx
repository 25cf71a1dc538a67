/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelPort } from '../../src/excel';
import { App } from '../../src/taskpane/components/App';
import { CORE_ENGINE } from '../../src/app/engine';
import { defaultLang } from '../../src/taskpane/i18n';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook } from '../excel/fake-excel';

// jsdom has no ResizeObserver (every browser a task pane runs in has one); Fluent's MessageBar uses it.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

function setup() {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } } });
  built.sheet.fills = built.sheet.values.map((r) => r.map(() => null));
  const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
  const host = new FakeHost(book);
  render(<App port={createExcelPort(host)} engine={CORE_ENGINE} initialLang="vi" />);
  return { built, book, host };
}

describe('the task pane', () => {
  test('Kiểm tra shows the status and the findings grouped by severity; clicking one selects its cell', async () => {
    const { built, book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    expect(screen.getByText('BHXH tỉnh Sóc Trăng')).toBeTruthy();
    const cell = `D${built.rowOf.get('1.1.2')}`;
    const finding = await screen.findByRole('button', { name: new RegExp(`Đi tới ô ${cell}`) });
    expect(within(finding).getByText(/lớn hơn chỉ tiêu 1\.1\.1/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Lỗi \(1\)/ })).toBeTruthy();
    // The error is highlighted in the workbook.
    expect(book.sheet('Phụ lục 2').get(built.rowOf.get('1.1.2')!, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    fireEvent.click(finding);
    await waitFor(() => expect(book.selected).toBe(`Phụ lục 2!${cell}`));
    expect(book.active).toBe('Phụ lục 2');
  });

  test('filter by severity', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    fireEvent.click(screen.getByRole('button', { name: /Cảnh báo \(1\)/ }));
    expect(screen.queryByText(/lớn hơn chỉ tiêu 1\.1\.1/)).toBeNull();
    expect(screen.getByText(/chưa có số liệu/)).toBeTruthy();
  });

  test('Điền tỷ lệ fills the empty ratio; Xóa đánh dấu restores the fills', async () => {
    const { built, book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    fireEvent.click(screen.getByRole('button', { name: 'Điền tỷ lệ' }));
    await screen.findByText('Đã điền 1 tỷ lệ (ô tô xanh).');
    const ratio = book.sheet('Phụ lục 2').get(built.rowOf.get('2.5.3')!, 4);
    expect(ratio.value).toBe(99.1);
    expect(ratio.formula).toMatch(/^=ROUND\(168274\//);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText(/Đã xóa đánh dấu/);
    for (const [, c] of book.sheet('Phụ lục 2').cells) expect(c.fill).toBeNull();
  });

  test('a protected sheet: a plain sentence, nothing changed', async () => {
    const { book } = setup();
    book.sheet('Phụ lục 2').protected = true;
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/đang được bảo vệ/);
    for (const [, c] of book.sheet('Phụ lục 2').cells) expect(c.fill).toBeNull();
  });

  test('the status card shows the score; Tạo bảng khắc phục adds and shows “Khắc phục 2021”', async () => {
    const { book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    expect(screen.getByTestId('score').textContent).toMatch(/^[\d,]+\/15 điểm \(thang điểm mặc định\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng khắc phục' }));
    await screen.findByText(/Đã tạo trang “Khắc phục 2021”/);
    expect(book.active).toBe('Khắc phục 2021');
    const sheet = book.sheet('Khắc phục 2021');
    expect(sheet.get(5, 1).value).toBe('STT');
    expect([...sheet.cells.values()].some((c) => String(c.value).includes('thấp hơn mức chuẩn'))).toBe(true);
    expect(sheet.frozenRows).toBe(5);
  });

  test('Thang điểm creates the rubric sheet once, then opens it; an edit there changes the score', async () => {
    const { book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Thang điểm' }));
    await screen.findByText(/Đã tạo trang “Thang điểm”/);
    expect(book.active).toBe('Thang điểm');
    const rubric = book.sheet('Thang điểm');
    const row = [...rubric.cells.entries()].find(([, c]) => c.value === 'II.2.5.1')![0].split(',')[0];
    rubric.set(Number(row), 4, { value: 10 });
    rubric.set(Number(row), 7, { value: '≥100: 10; ≥0: 0' });
    fireEvent.click(screen.getByRole('button', { name: 'Thang điểm' }));
    await screen.findByText(/Đang mở trang “Thang điểm”/);
    expect(book.sheets.filter((s) => s.name.startsWith('Thang')).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    await waitFor(() => expect(screen.getByTestId('score').textContent).toMatch(/\/20 điểm \(theo trang “Thang điểm”\)/));
  });

  test('English on request, and by default when Office speaks English', async () => {
    setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'English' })));
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(defaultLang('en-US')).toBe('en');
    expect(defaultLang('vi-VN')).toBe('vi');
    expect(defaultLang(undefined)).toBe('vi');
  });
});

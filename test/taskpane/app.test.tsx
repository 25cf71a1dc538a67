/**
 * @jest-environment jsdom
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelPort } from '../../src/excel';
import { App } from '../../src/taskpane/components/App';
import { ACTIONS } from '../../src/app/actions';
import { defaultLang } from '../../src/taskpane/i18n';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook } from '../excel/fake-excel';

// The machine running the tests may be busy: wait up to 5 s for what the pane shows.
configure({ asyncUtilTimeout: 5000 });

function setup(edits: Record<string, { value: string }> = { '1.1.2': { value: '31' }, '2.5.3': { value: '' } }) {
  const built = buildAppendix({ edits });
  built.sheet.fills = built.sheet.values.map((r) => r.map(() => null));
  const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
  const host = new FakeHost(book);
  render(<App port={createExcelPort(host)} actions={ACTIONS} initialLang="vi" />);
  return { built, book, host };
}

beforeEach(() => localStorage.clear());

describe('the task pane', () => {
  test('Kiểm tra shows the status and the findings grouped by severity; clicking one selects its cell', async () => {
    const { built, book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    expect(screen.getByText(/· BHXH tỉnh Sóc Trăng$/)).toBeTruthy();
    const cell = `D${built.rowOf.get('1.1.2')}`;
    const finding = await screen.findByRole('button', { name: new RegExp(`^${cell}\\s*1\\.1\\.2`) });
    expect(within(finding).getByText(/lớn hơn chỉ tiêu 1\.1\.1/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Lỗi \(1\)/ })).toBeTruthy();
    // Announced for screen readers in a live region.
    expect(screen.getByRole('status').textContent).toBe(
      'Phụ lục 2 (2021): 1 lỗi, 1 cảnh báo, 1 tỷ lệ có thể điền. Điểm: 14,44/15 điểm đã chấm · 9 tiêu chí chưa chấm (18 điểm).',
    );
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
    expect(screen.getByRole('button', { name: /Tất cả/ }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Cảnh báo \(1\)/ }));
    expect(screen.getByRole('button', { name: /Cảnh báo \(1\)/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /Tất cả/ }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText(/lớn hơn chỉ tiêu 1\.1\.1/)).toBeNull();
    expect(screen.getByText(/chưa có số liệu/)).toBeTruthy();
  });

  test('Điền tỷ lệ fills the empty ratio; Xóa đánh dấu restores the fills', async () => {
    const { built, book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    fireEvent.click(screen.getByRole('button', { name: 'Điền tỷ lệ' }));
    await screen.findByText('Đã điền 1 tỷ lệ (tô nền xanh).');
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
    // An error bar as Fluent's MessageBar is: a group named by its title, in the live region, with a dismiss button.
    const bar = screen.getByRole('group', { name: 'Chưa thực hiện được' });
    expect(bar.textContent).toMatch(/đang được bảo vệ/);
    expect(bar.closest('[aria-live="polite"]')).not.toBeNull();
    expect(bar.querySelector('button[aria-label="Đóng"]')).not.toBeNull();
    for (const [, c] of book.sheet('Phụ lục 2').cells) expect(c.fill).toBeNull();
  });

  test('the status card shows the score; Tạo bảng khắc phục adds and shows “Khắc phục 2021”', async () => {
    const { book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    // The points scored so far, and what is not scored yet (the default tree is worth 33 points).
    expect(screen.getByTestId('score').textContent).toMatch(
      /^Điểm: [\d,]+\/15 điểm đã chấm · 9 tiêu chí chưa chấm \(18 điểm\) · thang điểm mặc định$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng khắc phục' }));
    await screen.findByText(/Đã tạo trang “Khắc phục 2021”/);
    expect(book.active).toBe('Khắc phục 2021');
    const sheet = book.sheet('Khắc phục 2021');
    expect(sheet.get(5, 1).value).toBe('STT');
    expect([...sheet.cells.values()].some((c) => String(c.value).includes('thấp hơn mức chuẩn'))).toBe(true);
    expect(sheet.frozenRows).toBe(5);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng khắc phục' }));
    // A second time: the pane asks; Hủy changes nothing, Thay replaces the product's own sheet (no "(2)").
    await screen.findByText('Thay bảng cũ?');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByText('Thay bảng cũ?')).toBeNull();
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith('Khắc phục'))).toEqual(['Khắc phục 2021']);
    sheet.set(30, 1, { value: 'ghi chú của người dùng' });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bảng khắc phục' }));
    await screen.findByText('Thay bảng cũ?');
    fireEvent.click(screen.getByRole('button', { name: 'Thay bằng bảng mới' }));
    await screen.findByText('Đã thay trang “Khắc phục 2021” do tiện ích tạo trước đây bằng bảng mới.');
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith('Khắc phục'))).toEqual(['Khắc phục 2021']);
    expect(book.sheet('Khắc phục 2021').get(30, 1).value).not.toBe('ghi chú của người dùng');
    expect(book.sheet('Khắc phục 2021').get(5, 1).value).toBe('STT');
    expect(book.active).toBe('Khắc phục 2021');
  });

  test('Thang điểm creates the rubric sheet once, then opens it; an edit there changes the score', async () => {
    const { book } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Thang điểm' }));
    await screen.findByText(/Đã tạo trang “Thang điểm”/);
    expect(book.active).toBe('Thang điểm');
    const rubric = book.sheet('Thang điểm');
    expect([rubric.frozenRows, rubric.frozenCols, rubric.printTitleRows]).toEqual([5, 2, '5:5']);
    expect(rubric.printArea).toMatch(/^A1:G\d+$/);
    const row = [...rubric.cells.entries()].find(([, c]) => c.value === 'II.2.5.1')![0].split(',')[0];
    const col = (name: string) => Number([...rubric.cells.entries()].find(([, c]) => c.value === name)![0].split(',')[1]);
    rubric.set(Number(row), col('Điểm tối đa'), { value: 10 });
    rubric.set(Number(row), col('Thang điểm'), { value: '≥100: 10; ≥0: 0' });
    fireEvent.click(screen.getByRole('button', { name: 'Thang điểm' }));
    await screen.findByText(/Đang mở trang “Thang điểm”/);
    expect(book.sheets.filter((s) => s.name.startsWith('Thang')).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Đã nhận ra Phụ lục 2');
    await waitFor(() =>
      expect(screen.getByTestId('score').textContent).toMatch(
        /\/20 điểm đã chấm · 9 tiêu chí chưa chấm \(18 điểm\) · theo trang “Thang điểm”$/,
      ),
    );
  });

  test('English on request and remembered; Vietnamese otherwise, whatever language Office speaks', async () => {
    setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /English/ })));
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('cchc.lang')).toBe('en');
    cleanup();
    setup();
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(defaultLang()).toBe('en');
    localStorage.clear();
    expect(defaultLang()).toBe('vi');
  });

  test('Sửa nhanh turns “29 người” into 29; Hoàn tác puts the cell back exactly', async () => {
    const { built, book } = setup({ '3.2.3': { value: '29 người' } });
    const row = built.rowOf.get('3.2.3')!;
    const before = { ...book.sheet('Phụ lục 2').get(row, 4) };
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: `Sửa nhanh ô D${row} thành 29` }));
    await screen.findByText(/Đã sửa ô D\d+ thành 29/);
    expect(book.sheet('Phụ lục 2').get(row, 4).value).toBe(29);
    expect(screen.queryByText(/cần một số, đang ghi chữ/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/Đã hoàn tác/);
    const after = book.sheet('Phụ lục 2').get(row, 4);
    expect({ value: after.value, formula: after.formula, numberFormat: after.numberFormat }).toEqual({
      value: before.value,
      formula: before.formula,
      numberFormat: before.numberFormat,
    });
    // Checked again: the error and its highlight are back, and there is nothing left to undo.
    expect(after.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });

  test('a computed correction asks first; Hủy changes nothing', async () => {
    const { built, book } = setup({ '2.5.3': { value: '98,50' } });
    const row = built.rowOf.get('2.5.3')!;
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: `Sửa nhanh ô D${row} thành 99,1%` }));
    expect(screen.getByText(`Thay “98,50” ở ô D${row} bằng 99,1%?`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(book.sheet('Phụ lục 2').get(row, 4).value).toBe('98,50');
    fireEvent.click(screen.getByRole('button', { name: `Sửa nhanh ô D${row} thành 99,1%` }));
    fireEvent.click(screen.getByRole('button', { name: 'Thay' }));
    await screen.findByText(/Đã sửa ô D\d+ thành 99,1%/);
    expect(book.sheet('Phụ lục 2').get(row, 4).value).toBe(99.1);
  });

  test('Xóa đánh dấu with nothing highlighted says so', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText('Không có ô nào đang được đánh dấu.');
  });

  test('a message can be dismissed', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText('Không có ô nào đang được đánh dấu.');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByText('Không có ô nào đang được đánh dấu.')).toBeNull();
  });
});

describe('the ribbon’s summary kept for the pane', () => {
  test('shows once, in the language the pane has, and is forgotten', async () => {
    localStorage.setItem('cchc.ribbon.notice', JSON.stringify({ vi: 'Phụ lục 2 (2021): 1 lỗi.', en: 'Phụ lục 2 (2021): 1 error.' }));
    setup();
    expect(await screen.findByText('Phụ lục 2 (2021): 1 lỗi.')).toBeTruthy();
    expect(localStorage.getItem('cchc.ribbon.notice')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ngôn ngữ: English' }));
    expect(await screen.findByText('Phụ lục 2 (2021): 1 error.')).toBeTruthy();
  });
});

/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane's two actions that read other files, end to end on Excel on the web (the fake host with its
 * 5 MB limit per request): Tổng hợp từ các tệp… with three district files picked, files read shown as
 * they go, the consolidated sheets written into the open workbook; So với năm trước… with last year's
 * file, the changes as findings and as a compact table; a file of the same year refused with its code.
 */
import '../helpers/jsdom-text';
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createExcelPort } from '../../src/excel';
import { App } from '../../src/taskpane/components/App';
import { ACTIONS } from '../../src/app/actions';
import type { Actions } from '../../src/app/actions';
import { WorkbookSnapshot } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { district, districtWorkbook } from '../fixtures/districts';
import { snapshotToXlsx } from '../helpers/xlsx';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES, WEB_PAYLOAD_LIMIT } from '../excel/fake-excel';

configure({ asyncUtilTimeout: 20000 });
jest.setTimeout(60000);

const WEB = PROFILES.find((p) => p.payloadLimit === WEB_PAYLOAD_LIMIT)!;

const retitled = (wb: WorkbookSnapshot, change: (s: string) => string): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? change(v) : v))) })),
});

/** This year's appendix with two planted slips: a count 1,000 times last year's, a percentage 15 points down. */
const SLIPS = { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } };

let districts: File[];
let lastYear: File;
let sameYear: File;
beforeAll(async () => {
  districts = [];
  for (const i of [1, 2, 3])
    districts.push(new File([new Uint8Array(await snapshotToXlsx(districtWorkbook(district(i), i)))], `huyen-${i}.xlsx`));
  const last = retitled(buildAppendix({ edits: { '1.3.3': { value: '17' }, '1.5.3': { value: '98,20' } } }).workbook, (s) =>
    s.replace(/2021/g, '2020'),
  );
  lastYear = new File([new Uint8Array(await snapshotToXlsx(last))], 'phu-luc-2020.xlsx');
  sameYear = new File([new Uint8Array(await snapshotToXlsx(buildAppendix().workbook))], 'phu-luc-2021.xlsx');
});

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function setup(edits: Record<string, { value: string }> = {}, actions: Actions = ACTIONS) {
  const built = buildAppendix({ edits });
  const book = new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s)));
  const host = new FakeHost(book, WEB);
  render(<App port={createExcelPort(host)} actions={actions} initialLang="vi" />);
  return { built, book, host };
}

/** Picks files in the pane's hidden file input, as the browser's picker hands them over. */
async function pick(testId: string, files: File[]) {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => fireEvent.change(input));
}

describe('Tổng hợp từ các tệp…', () => {
  test('three district files: files read shown, the consolidated sheets written into the open workbook, within the web’s limits', async () => {
    // The outcome is held back until the test has seen the progress line.
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    const actions: Actions = {
      ...ACTIONS,
      consolidateInto: async (...args) => {
        const o = await ACTIONS.consolidateInto(...args);
        await held;
        return o;
      },
    };
    const { book, host } = setup({}, actions);
    const input = screen.getByTestId('consolidate-files') as HTMLInputElement;
    expect([input.type, input.accept, input.multiple]).toEqual(['file', '.xlsx', true]);
    expect(screen.getByRole('button', { name: 'Tổng hợp từ các tệp…' })).toBeTruthy();
    await pick('consolidate-files', districts);
    await screen.findByText('Đang tổng hợp: đã đọc 3/3 tệp');
    await act(async () => release());
    await screen.findByText(/^Đã tổng hợp 3 tệp \(3 tệp được cộng vào tổng\)/);
    const made = ['Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Tổng hợp phiếu điều tra', 'Xếp hạng', 'Lỗi theo đơn vị'];
    expect(book.sheets.map((s) => s.name).filter((n) => made.includes(n))).toEqual(made);
    // The charts are left to the consolidated file, and the pane says so.
    expect(screen.getByText(/Biểu đồ của trang “Xếp hạng” không được vẽ/)).toBeTruthy();
    const status = book.sheet('Tình hình nộp');
    expect([1, 2, 3].map((i) => status.get(2 + i, 4).value)).toEqual(['huyen-1.xlsx', 'huyen-2.xlsx', 'huyen-3.xlsx']);
    expect(status.frozenRows).toBe(2);
    // The province's count total is a live sum of the three offices.
    const appendix = book.sheet('Tổng hợp Phụ lục 2');
    const row = [...appendix.cells.entries()].find(([k, c]) => k.endsWith(',1') && c.value === '2.5.2')![0].split(',')[0];
    expect(appendix.get(Number(row), 7).formula).toBe(`=SUM(D${row}:F${row})`);
    expect([4, 5, 6].map((c) => appendix.get(Number(row), c).value)).toEqual([1, 2, 3].map((i) => district(i).resolved));
    expect(book.active).toBe('Tình hình nộp');
    // Excel on the web: every request and response under its 5 MB.
    const m = host.since(0);
    expect(m.request).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(m.response).toBeLessThan(WEB_PAYLOAD_LIMIT);

    // Again: the pane asks before replacing its own sheets; Thay bằng bảng mới replaces them in place.
    await pick('consolidate-files', districts.slice(0, 2));
    await screen.findByText('Thay bảng cũ?');
    expect(book.sheets.filter((s) => made.includes(s.name)).length).toBe(5);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Thay bằng bảng mới' })));
    await screen.findByText(/^Đã tổng hợp 2 tệp \(2 tệp được cộng vào tổng\) vào các trang thay cho bảng cũ/);
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith('Tình hình nộp'))).toEqual(['Tình hình nộp']);
    expect(book.sheet('Tình hình nộp').get(5, 4).value).not.toBe('huyen-3.xlsx');
  });
});

describe('So với năm trước…', () => {
  test('last year’s file: the two slips as findings at their cells, the changes in a compact table; nothing written', async () => {
    const { built, book, host } = setup(SLIPS);
    const before = book.sheets.map((s) => s.name);
    await pick('previous-file', [lastYear]);
    const note = await screen.findByText(/^Đã so với năm 2020 \(phu-luc-2020\.xlsx\): \d+ số liệu có ở cả hai năm, 2 điểm cần xem lại\.$/);
    expect(note).toBeTruthy();
    const jump = `D${built.rowOf.get('1.3.3')}`;
    const drop = `D${built.rowOf.get('1.5.3')}`;
    const finding = await screen.findByRole('button', { name: new RegExp(`^${jump}\\s*1\\.3\\.3`) });
    expect(within(finding).getByText(/17\.000 so với 17 năm 2020/)).toBeTruthy();
    expect(screen.getByRole('button', { name: new RegExp(`^${drop}\\s*1\\.5\\.3`) })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Thay đổi so với năm trước' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Mã', 'Chỉ tiêu', 'Năm trước', 'Năm nay', 'Tăng/giảm']);
    const jumpRow = table.querySelector(`tr[data-cell="Phụ lục 2!${jump}"]`) as HTMLElement;
    expect(Array.from(jumpRow.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      '1.3.3',
      expect.any(String),
      '17',
      '17.000',
      '+16.983',
    ]);
    const dropRow = table.querySelector(`tr[data-cell="Phụ lục 2!${drop}"]`) as HTMLElement;
    expect(
      Array.from(dropRow.querySelectorAll('td'))
        .slice(2)
        .map((td) => td.textContent),
    ).toEqual(['98,2', '83,2', '−15']);
    // Reads only: no sheet added, no request over the web's limit.
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(host.since(0).request).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });

  test('a file of the same year is refused with its code; nothing changed', async () => {
    const { book } = setup(SLIPS);
    const before = book.sheets.map((s) => s.name);
    await pick('previous-file', [sameYear]);
    const bar = await screen.findByRole('group', { name: 'Chưa thực hiện được' });
    await within(bar).findByText(/phu-luc-2021\.xlsx không so được với sổ tính này \(previous\.same-year\): cùng năm 2021/);
    expect(screen.queryByRole('table', { name: 'Thay đổi so với năm trước' })).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(before);
  });
});

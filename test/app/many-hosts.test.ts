/**
 * Tổng hợp từ các tệp and So với năm trước on every Excel the offices run (the fake host's profiles):
 * the consolidated sheets written whole, what an older Excel cannot do named as finishing touches,
 * every request within Excel on the web's limits; the comparison reads only.
 */
import { compareWith, consolidateInto } from '../../src/app/actions';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { district, districtWorkbook } from '../fixtures/districts';
import { snapshotToXlsx } from '../helpers/xlsx';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES, WEB_PAYLOAD_LIMIT } from '../excel/fake-excel';

jest.setTimeout(60000);

const SHEETS = ['Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Tổng hợp phiếu điều tra', 'Xếp hạng', 'Lỗi theo đơn vị'];

let files: { name: string; bytes: Uint8Array }[];
let lastYear: Uint8Array;
beforeAll(async () => {
  files = [];
  for (const i of [1, 2, 3])
    files.push({ name: `huyen-${i}.xlsx`, bytes: new Uint8Array(await snapshotToXlsx(districtWorkbook(district(i), i))) });
  const last = buildAppendix({ edits: { '1.3.3': { value: '17' } } }).workbook;
  lastYear = new Uint8Array(
    await snapshotToXlsx({
      ...last,
      sheets: last.sheets.map((s) => ({
        ...s,
        values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/2021/g, '2020') : v))),
      })),
    }),
  );
});

function host(profile: (typeof PROFILES)[number]) {
  const built = buildAppendix({ edits: { '1.3.3': { value: '17.000' } } });
  return new FakeHost(new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s))), profile);
}

describe.each(PROFILES.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test('consolidates three district files into the open workbook; compares with last year reading only', async () => {
    const h = host(profile);
    const o = await consolidateInto(createExcelPort(h), files, { lang: 'vi', replace: false });
    expect(o.status).toBe('done');
    expect(o.notes[0]).toMatchObject({ code: 'consolidated', files: 3, added: 3, sheets: SHEETS });
    for (const name of SHEETS) expect(h.book.sheet(name).used()!.bottom).toBeGreaterThan(2);
    // The status sheet's rows, one per file, whatever this Excel's touches.
    expect([3, 4, 5].map((r) => h.book.sheet('Tình hình nộp').get(r, 4).value)).toEqual(['huyen-1.xlsx', 'huyen-2.xlsx', 'huyen-3.xlsx']);
    const touches = o.notes.flatMap((n) => (n.code === 'touches-skipped' ? n.touches : []));
    if (profile.api === '1.1') expect(touches).toEqual(expect.arrayContaining(['column-widths', 'freeze-panes']));
    if (profile.api === '1.20') expect(touches).toEqual([]);
    const m = h.since(0);
    expect(m.request).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(m.response).toBeLessThan(WEB_PAYLOAD_LIMIT);

    const before = h.trips.length;
    const c = await compareWith(createExcelPort(h), { name: 'phu-luc-2020.xlsx', bytes: lastYear }, { lang: 'vi' });
    expect(c.status).toBe('done');
    expect(c.report?.findings.filter((f) => f.rule === 'year.jump').map((f) => f.code)).toEqual(['1.3.3']);
    expect(h.trips.slice(before).every((t) => t.request < WEB_PAYLOAD_LIMIT)).toBe(true);
  });
});

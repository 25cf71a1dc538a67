/** The Office.js adapter against Excel as district offices run it: host profiles, payload limits, names and shapes Excel really produces. */
import { planWithFills, readTables } from '../../src/app/session';
import {
  WorkbookError,
  check,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  planRemediation,
  problemMessage,
  touchesSkippedMessage,
  parseProductState,
} from '../../src/core';
import { createExcelPort, toWorkbookError } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { SCENES, sceneBook } from './actions';
import { FakeContext, FakeHost, FakeSheet, FakeWorkbook, LATEST, MERGED_AREAS_LIMIT, PROFILES, WEB_PAYLOAD_LIMIT } from './fake-excel';

const MB = 1024 * 1024;
const WEB = PROFILES.find((p) => p.payloadLimit)!;
const OLDEST = PROFILES[0];

function appendixBook(opts: Parameters<typeof buildAppendix>[0] = {}, others: FakeSheet[] = []) {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } }, ...opts });
  return { built, book: new FakeWorkbook([...others, FakeSheet.from(built.sheet)]) };
}

const fillsOf = (book: FakeWorkbook) => {
  const out = new Map<string, unknown>();
  for (const s of book.sheets) for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, c.fill);
  return out;
};

describe('the fake is strict the way Excel is', () => {
  test('a member above the profile’s set fails the batch at sync with ApiNotFound; earlier commands stay applied', async () => {
    const { book } = appendixBook();
    const ctx = new FakeContext(book, PROFILES[1]); // ExcelApi 1.4
    const ws = ctx.workbook.worksheets.getItem('Phụ lục 2');
    ws.getRange('H1').values = [['trước']];
    ws.getRangeByIndexes(0, 8, 1, 1).values = [['sau']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(book.sheet('Phụ lục 2').get(1, 8).value).toBe('trước');
    expect(book.sheet('Phụ lục 2').get(1, 9).value).toBe('');
  });

  test('Excel on the web refuses a response over 5 MB; desktop has no such limit; payload is counted per sync', async () => {
    const web = new FakeContext(new FakeWorkbook([FakeSheet.data('Dữ liệu', 100000, 20)]), WEB);
    web.workbook.worksheets.getItem('Dữ liệu').getRange('A1:T100000').load('values');
    await expect(web.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(web.trips[0].response).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    const desk = new FakeContext(new FakeWorkbook([FakeSheet.data('Dữ liệu', 1000, 20)]), LATEST);
    desk.workbook.worksheets.getItem('Dữ liệu').getRange('A1:T1000').values = Array.from({ length: 1000 }, () => Array(20).fill('x'));
    await desk.sync();
    expect(desk.trips[0].request).toBeGreaterThan(20000 * 3);
  });

  test('merged areas come back as Excel writes them, and more than 512 fail', async () => {
    const sheet = new FakeSheet("PL 2, năm 2021 - Lan's");
    sheet.merges = ['A1:B1', 'C3:D4'];
    const form = new FakeSheet('Biểu mẫu');
    form.merges = Array.from({ length: 600 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
    const ctx = new FakeContext(new FakeWorkbook([sheet, form]));
    const ok = ctx.workbook.worksheets.getItem(sheet.name).getRange('A1:D4').getMergedAreasOrNullObject();
    ok.load('address');
    await ctx.sync();
    expect(ok.address).toBe("'PL 2, năm 2021 - Lan''s'!A1:B1,'PL 2, năm 2021 - Lan''s'!C3:D4");
    ctx.workbook.worksheets.getItem('Biểu mẫu').getRange('A1:B1200').getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(form.merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT);
  });
});

describe('reading: what the tables need, not the workbook', () => {
  test.each(PROFILES.map((p) => [p.name, p] as const))(
    '%s: ≤ 3 round trips, no response over 1 MB, the table’s load the same whatever else the workbook holds',
    async (_n, profile) => {
      const loads: number[] = [];
      for (const scene of SCENES) {
        const host = new FakeHost(sceneBook(scene), profile);
        const snap = await readTables(createExcelPort(host));
        const m = host.since(0);
        expect([scene, m.trips]).toEqual([scene, 3]);
        expect(m.response).toBeLessThan(MB);
        expect(snap.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
        expect(check(snap).layout?.sheet).toBe('Phụ lục 2');
        loads.push(host.trips[2].response);
      }
      // The third round trip (the table) costs the same beside 100,000 rows or ten 2,000-row sheets.
      expect(new Set(loads).size).toBe(1);
    },
  );

  test.each(PROFILES.map((p) => [p.name, p] as const))(
    '%s: the sample’s three tables (appendix, tally, SIPAS) beside 100,000 rows give the report of the whole workbook',
    async (_n, profile) => {
      const sheets = [buildAppendix({ edits: SAMPLE_EDITS }).sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet];
      const whole = check({ sheets });
      const book = new FakeWorkbook([FakeSheet.data('Dữ liệu', 100000, 20), ...sheets.map((x) => FakeSheet.from(x))]);
      const host = new FakeHost(book, profile);
      const viaExcel = check(await readTables(createExcelPort(host)));
      expect(host.syncs).toBe(3);
      expect(host.since(0).response).toBeLessThan(MB);
      expect(viaExcel.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(whole.findings.map((f) => [f.rule, f.sheet, f.cell]));
      expect(viaExcel.tables).toEqual(whole.tables);
      expect(viaExcel.findings.length).toBeGreaterThan(3);
    },
  );

  test('a workbook of 100 sheets: their tops in a few syncs, none over 1 MB', async () => {
    const others = Array.from({ length: 99 }, (_, i) => FakeSheet.data(`Trang ${i + 1}`, 500, 30));
    const { book } = appendixBook({}, others);
    const host = new FakeHost(book, WEB);
    const snap = await readTables(createExcelPort(host));
    expect(check(snap).layout?.sheet).toBe('Phụ lục 2');
    expect(host.syncs).toBe(5);
    for (const t of host.trips) expect(t.response).toBeLessThan(MB);
  });

  test('a table larger than one sync is loaded in several, each well under Excel on the web’s limit', async () => {
    const host = new FakeHost(new FakeWorkbook([FakeSheet.data('Dữ liệu', 30000, 20)]), WEB);
    const snap = await createExcelPort(host).load([{ sheet: 'Dữ liệu', range: 'A1:T30000' }]);
    expect(host.trips.length).toBeGreaterThan(10);
    for (const t of host.trips) expect(t.response).toBeLessThan(MB);
    expect(snap.sheets[0].values).toHaveLength(30000);
    expect(snap.sheets[0].values[29999][1]).toBe(30000 * 2);
  });

  test('very long texts: Excel on the web says the response is too large, and the same cells come in smaller syncs', async () => {
    const sheet = new FakeSheet('Ghi chú');
    sheet.bulk = { rows: 3000, cols: 10, value: (r, c) => `${r}-${c} ${'Nội dung rất dài. '.repeat(40)}` };
    const host = new FakeHost(new FakeWorkbook([sheet]), WEB);
    const snap = await createExcelPort(host).load([{ sheet: 'Ghi chú', range: 'A1:J3000' }]);
    // The first syncs were refused (each halving the cells asked for); then every sync fits.
    const refused = host.trips.findIndex((t) => t.response <= WEB_PAYLOAD_LIMIT);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(refused).toBeLessThanOrEqual(3);
    expect(host.trips.slice(refused).every((t) => t.response <= WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(snap.sheets[0].values[2999][9]).toMatch(/^3000-10 /);
  });

  test('long texts Excel still sends: the first sync is weighed and the rest of the table cut to stay under 1 MB', async () => {
    const sheet = new FakeSheet('Ghi chú');
    sheet.bulk = { rows: 3000, cols: 10, value: (r, c) => `${r}-${c} ${'Nội dung khá dài. '.repeat(6)}` };
    const host = new FakeHost(new FakeWorkbook([sheet]), WEB);
    const snap = await createExcelPort(host).load([{ sheet: 'Ghi chú', range: 'A1:J3000' }]);
    // The first sync (cut by cell count) is heavy but within the web's limit; every later one is under 1 MB.
    expect(host.trips[0].response).toBeGreaterThan(MB);
    expect(host.trips[0].response).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(host.trips.slice(1).every((t) => t.response < MB)).toBe(true);
    expect(snap.sheets[0].values).toHaveLength(3000);
    expect(snap.sheets[0].values[2999][9]).toMatch(/^3000-10 /);
  });

  test('a sheet named with a comma and an apostrophe: the appendix and its merges are read', async () => {
    const built = buildAppendix();
    const name = "PL 2, năm 2021 - Lan's";
    const host = new FakeHost(new FakeWorkbook([FakeSheet.from({ ...built.sheet, name })]));
    const snap = await readTables(createExcelPort(host));
    expect(snap.sheets[0].name).toBe(name);
    expect(snap.sheets[0].merges.sort()).toEqual([...built.sheet.merges].sort());
    expect(check(snap).layout?.sheet).toBe(name);
  });

  test('a form-like sheet of 600 merged areas beside the appendix: the read does not ask it, and gets the appendix’s merges', async () => {
    const form = new FakeSheet('Biểu mẫu');
    for (let i = 1; i <= 1200; i++) form.set(i, 1, { value: `Mục ${i}` });
    form.merges = Array.from({ length: 600 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
    const { built, book } = appendixBook({}, [form]);
    const snap = await readTables(createExcelPort(new FakeHost(book)));
    expect(snap.sheets[0].merges.sort()).toEqual([...built.sheet.merges].sort());
  });

  test('when the merges query fails, the read goes on without merges and recognizes the same table', async () => {
    const { built, book } = appendixBook();
    book.sheet('Phụ lục 2').failMerges = true;
    const host = new FakeHost(book);
    const snap = await readTables(createExcelPort(host));
    expect(snap.sheets[0].merges).toEqual([]);
    expect(check(snap).layout).toEqual(check(built.workbook).layout);
    expect(host.syncs).toBe(4);
  });

  test('below ExcelApi 1.13 there are no merges, and recognition is the same', async () => {
    const { built, book } = appendixBook();
    const snap = await readTables(createExcelPort(new FakeHost(book, PROFILES[2])));
    expect(snap.sheets[0].merges).toEqual([]);
    expect(check(snap).indicators).toEqual(check(built.workbook).indicators);
  });
});

describe('all or nothing, honestly', () => {
  test.each([PROFILES[1], LATEST])('a protected workbook structure (%s): its own sentence, no sheet added', async (profile) => {
    const { book } = appendixBook();
    book.structureProtected = true;
    const port = createExcelPort(new FakeHost(book, profile));
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error('refused');
    const err = await port.apply(plan.plan).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.problem).toEqual({ code: 'structure-protected', changed: 'nothing' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
  });

  test('a very hidden sheet holding the new sheet’s name: the new sheet takes another', async () => {
    const { book } = appendixBook();
    const port = createExcelPort(new FakeHost(book));
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error('refused');
    const hidden = new FakeSheet(plan.plan.newSheet!.name);
    hidden.visibility = 'VeryHidden';
    book.sheets.push(hidden); // added by another add-in after the check
    await port.apply(plan.plan);
    expect(book.sheets.map((s) => s.name)).toEqual(['Phụ lục 2', hidden.name, `${hidden.name} (2)`]);
    expect(book.active).toBe(`${hidden.name} (2)`);
    // The probe lists very hidden sheets, so the next plan avoids the name from the start.
    const again = await readTables(port);
    expect(again.sheetNames).toContain(hidden.name);
  });

  test('a batch failing after it added a sheet: the sheet is deleted and the error says "undone"', async () => {
    const { book } = appendixBook();
    const port = createExcelPort(new FakeHost(book));
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error('refused');
    book.sheet('Phụ lục 2').protected = true;
    const before = fillsOf(book);
    const err = await port
      .apply({ ...plan.plan, fills: [{ sheet: 'Phụ lục 2', cell: 'D14', fill: { color: '#FFC7CE' } }] })
      .catch((e) => e);
    expect(err.problem).toEqual({ code: 'sheet-protected', changed: 'undone' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
    expect(fillsOf(book)).toEqual(before);
  });

  test('Xóa đánh dấu on a sheet protected after the read: nothing changed, the stored state kept for next time', async () => {
    const { book } = appendixBook();
    const port = createExcelPort(new FakeHost(book));
    const snap = await readTables(port);
    const hl = (await planWithFills(port, snap, (w) => planHighlights(check(w), w))).result;
    if (!hl.ok) throw new Error('refused');
    await port.apply(hl.plan);
    const state = book.settings.get('cchc.state');
    const clear = planClearHighlights(await readTables(port));
    if (!clear.ok) throw new Error('refused');
    book.sheet('Phụ lục 2').protected = true;
    const before = fillsOf(book);
    const err = await port.apply(clear.plan).catch((e) => e);
    expect(err.problem).toEqual({ code: 'sheet-protected', changed: 'nothing' });
    expect(fillsOf(book)).toEqual(before);
    expect(book.settings.get('cchc.state')).toBe(state);
  });

  test('a batch failing half way over two sheets: "partial", never "nothing was changed"', async () => {
    const a = new FakeSheet('A');
    const b = new FakeSheet('B');
    b.protected = true;
    const book = new FakeWorkbook([a, b]);
    const err = await createExcelPort(new FakeHost(book))
      .apply({
        cells: [
          { sheet: 'A', cell: 'A1', value: 1 },
          { sheet: 'B', cell: 'A1', value: 2 },
        ],
        fills: [],
      })
      .catch((e) => e);
    expect(err.problem).toMatchObject({ code: 'sheet-protected', changed: 'partial' });
    expect(a.get(1, 1).value).toBe(1);
  });

  test.each([
    ['newer', JSON.stringify({ version: 3, highlights: [], filled: [], marks: [] })],
    ['damaged', '{"version":1,"highlights":[{"sheet"'],
  ] as const)('a stored state that cannot be read (%s) is reported, and nothing is highlighted over it', async (reason, raw) => {
    const { book } = appendixBook();
    book.settings.set('cchc.state', raw);
    const host = new FakeHost(book);
    const port = createExcelPort(host);
    const snap = await readTables(port);
    expect(snap.stateProblem).toBe(reason);
    expect(planHighlights(check(snap), snap)).toEqual({ ok: false, refused: 'state-unreadable', reason });
    expect(planFillRatios(check(snap), snap)).toEqual({ ok: false, refused: 'state-unreadable', reason });
    expect(planClearHighlights(snap)).toEqual({ ok: false, refused: 'state-unreadable', reason });
    expect(book.settings.get('cchc.state')).toBe(raw);
  });
});

describe('Office 2016 (ExcelApi 1.1)', () => {
  test('highlight then clear: fills read through RangeFill.color, state kept in the document’s settings, restored exactly', async () => {
    const built = buildAppendix({ edits: { '1.1.2': { value: '31' } } });
    const r112 = built.rowOf.get('1.1.2')! - built.sheet.origin.row;
    built.sheet.fills = built.sheet.values.map((row) => row.map(() => null));
    built.sheet.fills[r112][3] = { color: '#FFFF00', pattern: 'Solid' };
    const book = new FakeWorkbook([FakeSheet.from(built.sheet)]);
    const original = fillsOf(book);
    const host = new FakeHost(book, OLDEST);
    const port = createExcelPort(host);
    const snap = await readTables(port);
    const report = check(snap);
    const hl = (await planWithFills(port, snap, (w) => planHighlights(report, w))).result;
    if (!hl.ok) throw new Error('refused');
    expect(hl.skipped).toEqual([]);
    await port.apply(hl.plan);
    expect(book.sheet('Phụ lục 2').get(built.rowOf.get('1.1.2')!, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(book.settings.size).toBe(0);
    expect(parseProductState(book.documentSettings.get('cchc.state'))?.highlights.length).toBeGreaterThan(0);

    const pane2 = createExcelPort(new FakeHost(book, OLDEST));
    const clear = planClearHighlights(await readTables(pane2));
    if (!clear.ok) throw new Error('refused');
    await pane2.apply(clear.plan);
    for (const [k, f] of fillsOf(book)) expect([k, f]).toEqual([k, original.get(k) ?? null]);
    expect(book.documentSettings.has('cchc.state')).toBe(false);
  });

  test('a protected sheet this Excel cannot see beforehand: Excel’s refusal becomes the sentence, and nothing changed', async () => {
    const { book } = appendixBook();
    book.sheet('Phụ lục 2').protected = true;
    const before = fillsOf(book);
    const port = createExcelPort(new FakeHost(book, OLDEST));
    const snap = await readTables(port);
    expect(snap.sheets[0].protected).toBeUndefined();
    const plan = (await planWithFills(port, snap, (w) => planFillRatios(check(w), w))).result;
    if (!plan.ok) throw new Error('refused');
    const err = await port.apply(plan.plan).catch((e) => e);
    expect(err.problem).toEqual({ code: 'sheet-protected', changed: 'nothing' });
    expect(fillsOf(book)).toEqual(before);
    expect(book.documentSettings.size).toBe(0);
  });

  test('the remediation sheet is complete; the finishing touches this Excel lacks are named in one line', async () => {
    const { book } = appendixBook();
    const host = new FakeHost(book, OLDEST);
    const port = createExcelPort(host);
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error('refused');
    await port.apply(plan.plan);
    const added = book.sheet(plan.plan.newSheet!.name);
    expect(added.get(1, 1).value).toBe(plan.plan.newSheet!.rows[0][0]);
    const touches = port.touchesSkipped!(plan.plan);
    expect(touches).toEqual(expect.arrayContaining(['column-widths', 'freeze-panes', 'page-layout']));
    expect(touchesSkippedMessage(touches, 'vi')).not.toBe('');
    expect(createExcelPort(new FakeHost(book, LATEST)).touchesSkipped!(plan.plan)).toEqual([]);
    expect(createExcelPort(new FakeHost(book, PROFILES[2])).touchesSkipped!(plan.plan)).toEqual(['page-layout']);
  });
});

describe('sentences for what Excel reports', () => {
  test('a host error ending in a full stop gets one full stop; an unknown outcome says to check the workbook', () => {
    const err = toWorkbookError(Object.assign(new Error('The request failed.'), { code: 'GeneralException' }), 'unknown');
    expect(err.problem).toMatchObject({ code: 'host-error', changed: 'unknown' });
    for (const lang of ['vi', 'en'] as const) {
      const text = problemMessage(err.problem, lang);
      expect(text).not.toMatch(/\.\./);
      expect(text).not.toBe(problemMessage({ ...err.problem, changed: 'nothing' }, lang));
    }
  });
});

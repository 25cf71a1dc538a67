/**
 * The adapter on every Excel the offices run: requirement sets, payload limits, names and shapes as
 * Excel writes them, protection, and batches that fail part way.
 */
import { readTables } from '../../src/app/session';
import { CORE_ENGINE } from '../../src/app/engine';
import {
  WorkbookError,
  check,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  planRemediation,
  problemMessage,
  touchesMessage,
} from '../../src/core';
import { createExcelPort, readState, toWorkbookError } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { ACTIONS, WORKBOOKS, book, mergedSheet, sample } from './actions';
import { FakeContext, FakeHost, FakeSheet, FakeWorkbook, HostProfile, MB, PROFILES, profile } from './fake-excel';

describe('the fake enforces host profiles', () => {
  test('a member above the set fails at sync with ApiNotFound; the commands before it stay applied', async () => {
    const b = book([buildAppendix().sheet]);
    const ctx = new FakeContext(b, profile('Excel 2016 (ExcelApi 1.1)'));
    const ws = ctx.workbook.worksheets.getItem('Phụ lục 2');
    ws.getRange('Z1').values = [['trước']];
    ws.getRangeByIndexes(0, 26, 1, 1).values = [['sau']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(b.sheet('Phụ lục 2').get(1, 26).value).toBe('trước');
    expect(b.sheet('Phụ lục 2').get(1, 27).value).toBe('');
  });

  test('Excel on the web refuses a response over 5 MB, and every sync is accounted', async () => {
    const b = new FakeWorkbook([FakeSheet.generated('Dữ liệu', 100000, 20)]);
    const web = new FakeContext(b, profile('Excel on the web'));
    web.workbook.worksheets.getItem('Dữ liệu').getRange('A1:T100000').load('values');
    await expect(web.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(web.trips[0].response).toBeGreaterThan(5 * MB);
    const desktop = new FakeContext(b, profile('Microsoft 365 desktop'));
    desktop.workbook.worksheets.getItem('Dữ liệu').getRange('A1:T10').load('values');
    await desktop.sync();
    expect(desktop.trips[0].response).toBeGreaterThan(1000);
    expect(desktop.trips[0].response).toBeLessThan(10000);
  });

  test('merged areas come quoted as Excel writes them, and more than 512 fail', async () => {
    const b = new FakeWorkbook([FakeSheet.from({ ...buildAppendix().sheet, name: "Phụ lục 2, năm 2021's" }), mergedSheet('Mẫu', 600)]);
    const ctx = new FakeContext(b);
    const areas = ctx.workbook.worksheets.getItem("Phụ lục 2, năm 2021's").getRange('A1:H20').getMergedAreasOrNullObject();
    areas.load('address');
    await ctx.sync();
    expect(areas.address.startsWith("'Phụ lục 2, năm 2021''s'!")).toBe(true);
    const many = ctx.workbook.worksheets.getItem('Mẫu').getRange('A1:B1200').getMergedAreasOrNullObject();
    many.load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('a protected structure refuses a new sheet', async () => {
    const b = book([buildAppendix().sheet]);
    b.structureProtected = true;
    const ctx = new FakeContext(b);
    ctx.workbook.worksheets.add('Mới');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(b.sheets).toHaveLength(1);
  });
});

describe('a read costs what the tables cost, on every profile', () => {
  for (const p of PROFILES)
    test(`${p.name}: ≤ 3 round trips, no response over 1 MB, the same whatever else the workbook holds`, async () => {
      const seen: { trips: number; response: number }[] = [];
      for (const [what, make] of Object.entries(WORKBOOKS)) {
        const host = new FakeHost(make(), p);
        const snap = await readTables(createExcelPort(host));
        const cost = host.since(0);
        expect([what, cost.trips]).toEqual([what, expect.any(Number)]);
        expect(cost.trips).toBeLessThanOrEqual(3);
        expect(cost.response).toBeLessThan(1 * MB);
        expect(snap.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
        expect(check(snap).layout?.sheet).toBe('Phụ lục 2');
        seen.push(cost);
      }
      // No growth with the other sheets: the same round trips, and the largest response stays small.
      expect(new Set(seen.map((s) => s.trips)).size).toBe(1);
      expect(Math.max(...seen.map((s) => s.response))).toBeLessThan(200 * 1024);
    });

  test('the read gives the core what a full read gives it (merges where the host has them)', async () => {
    const built = buildAppendix({ coverSheet: true });
    for (const p of [profile('Excel 2016 (ExcelApi 1.1)'), profile('Microsoft 365 desktop')]) {
      const snap = await readTables(createExcelPort(new FakeHost(book(built.workbook.sheets), p)));
      expect(check(snap).indicators).toEqual(check(built.workbook).indicators);
      expect(snap.sheets[0].merges.sort()).toEqual(p.api >= 13 ? [...built.sheet.merges].sort() : []);
    }
  });

  test('a large table is loaded in several syncs, each under the budget', async () => {
    const built = buildAppendix();
    const data = FakeSheet.generated('Thang điểm', 30000, 20);
    const host = new FakeHost(book([built.sheet], [data]), profile('Excel on the web'));
    const snap = await readTables(createExcelPort(host));
    const cost = host.since(0);
    expect(cost.trips).toBeGreaterThan(3);
    expect(cost.response).toBeLessThan(1 * MB);
    const big = snap.sheets.find((s) => s.name === 'Thang điểm')!;
    expect(big.values).toHaveLength(30000);
    expect(big.values[29999][1]).toBe(data.get(30000, 2).value);
  });
});

test('long texts below the head: the load re-cuts itself and stays under the web limits', async () => {
  const built = buildAppendix();
  const rubric = new FakeSheet('Thang điểm');
  const long = 'Giải trình chi tiết về kết quả thực hiện. '.repeat(100);
  for (let r = 1; r <= 3000; r++) {
    rubric.set(r, 1, { value: r });
    if (r > 40) rubric.set(r, 2, { value: `${r} ${long}` });
  }
  const host = new FakeHost(book([built.sheet], [rubric]), profile('Excel on the web'));
  const snap = await readTables(createExcelPort(host));
  const loaded = snap.sheets.find((s) => s.name === 'Thang điểm')!;
  expect(loaded.values).toHaveLength(3000);
  expect(loaded.values[2999][1]).toBe(`3000 ${long}`);
  // The first heavy sync is measured and the rest cut to the measured weight.
  // The first sync, cut by the head's light rows, is refused; it is halved until it passes, then
  // measured, and the rest is cut to the measured weight: under 5 MB, then under 1 MB.
  expect(host.trips[2].failed).toBe('ResponsePayloadSizeLimitExceeded');
  const delivered = host.trips.filter((t) => !t.failed);
  expect(Math.max(...delivered.map((t) => t.response))).toBeLessThan(5 * MB);
  const first = delivered.findIndex((t) => t.response > 1 * MB);
  expect(delivered.slice(first + 1).every((t) => t.response < 1 * MB)).toBe(true);
  expect(delivered.length - first).toBeGreaterThan(3);
});

test('below ExcelApi 1.4 the memory of highlights lives in the document settings, and clear restores from it', async () => {
  const built = sample();
  const r112 = built.rowOf.get('1.1.2')!;
  const b = book(built.workbook.sheets);
  b.sheet('Phụ lục 2').set(r112, 4, { fill: { color: '#FFFF00', pattern: 'Solid' } });
  const host = new FakeHost(b, profile('Excel 2016 (ExcelApi 1.1)'));
  const saved: string[] = [];
  const settings = host.documentSettings;
  host.documentSettings = { ...settings, set: (k, v) => (saved.push(k), settings.set(k, v)) };
  await ACTIONS.highlight(createExcelPort(host));
  expect(saved).toEqual(['cchc.state']);
  expect(JSON.parse(b.settings.get('cchc.state')!).highlights.length).toBeGreaterThan(0);
  expect(b.sheet('Phụ lục 2').get(r112, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
  // A new pane on the same Excel clears from that memory: the user's yellow comes back.
  await ACTIONS.clear(createExcelPort(host));
  expect(b.sheet('Phụ lục 2').get(r112, 4).fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
  expect(b.settings.has('cchc.state')).toBe(false);
});

describe('names and shapes as Excel makes them', () => {
  test('a sheet named with a comma and an apostrophe is checked, merges included', async () => {
    const built = buildAppendix({ sheetName: "Phụ lục 2, năm 2021's" });
    const snap = await readTables(createExcelPort(new FakeHost(book(built.workbook.sheets))));
    expect(check(snap).layout?.sheet).toBe("Phụ lục 2, năm 2021's");
    expect(snap.sheets[0].merges.sort()).toEqual([...built.sheet.merges].sort());
  });

  test('600 merged areas beside the appendix, or inside its sheet: the check goes on', async () => {
    const built = sample();
    const beside = await readTables(createExcelPort(new FakeHost(book(built.workbook.sheets, [mergedSheet('Mẫu', 600)]))));
    expect(check(beside).layout?.sheet).toBe('Phụ lục 2');
    const inside = FakeSheet.from(built.sheet);
    // A note far below the table stretches the used range, so the 600 areas lie inside the loaded region.
    inside.set(1000, 1, { value: 'Ghi chú' });
    for (let i = 0; i < 600; i++) inside.merges.push(`B${200 + i}:C${200 + i}`);
    const host = new FakeHost(new FakeWorkbook([inside]));
    const snap = await readTables(createExcelPort(host));
    expect(check(snap).indicators.filter((i) => i.cell !== 'D1000')).toEqual(check(built.workbook).indicators);
    expect(snap.sheets[0].merges).toEqual([]);
  });

  test('a very hidden sheet is seen, so a new sheet never collides with it', async () => {
    const built = sample();
    const hidden = new FakeSheet('Khắc phục 2021');
    hidden.visibility = 'VeryHidden';
    const host = new FakeHost(book(built.workbook.sheets, [hidden]));
    const port = createExcelPort(host);
    const probe = await port.probe();
    expect(probe.sheets.find((s) => s.name === 'Khắc phục 2021')?.visibility).toBe('VeryHidden');
    const snap = await readTables(port);
    const plan = planRemediation(check(snap), snap);
    if (!plan.ok) throw new Error('refused');
    await port.apply(plan.plan);
    expect(host.book.sheets.map((s) => s.name)).toContain(plan.plan.newSheet!.name);
    expect(plan.plan.newSheet!.name).not.toBe('Khắc phục 2021');
  });
});

describe('all or nothing, honestly', () => {
  test('a protected structure: its own sentence, nothing changed, no sheet left behind (any host)', async () => {
    for (const p of [profile('Excel 2016 (ExcelApi 1.1)'), profile('Microsoft 365 desktop')]) {
      const b = book(sample().workbook.sheets);
      b.structureProtected = true;
      const host = new FakeHost(b, p);
      const port = createExcelPort(host);
      const snap = await readTables(port);
      const plan = planRemediation(check(snap), snap);
      if (!plan.ok) throw new Error('refused');
      const err = await port.apply(plan.plan).catch((e) => e);
      expect(err).toBeInstanceOf(WorkbookError);
      expect(err.problem).toEqual({ code: 'structure-protected', changed: 'nothing' });
      expect(problemMessage(err.problem, 'vi')).toMatch(/Cấu trúc sổ tính/);
      expect(b.sheets).toHaveLength(1);
    }
  });

  test('a batch failing after the new sheet was added: the sheet is deleted and the error says undone', async () => {
    const b = book(sample().workbook.sheets);
    const host = new FakeHost(b, profile('Excel 2016 (ExcelApi 1.1)'));
    const port = createExcelPort(host);
    await port.probe();
    // The sheet is protected after the probe: the plan's write to it fails after the add ran.
    b.sheet('Phụ lục 2').protected = true;
    const err = await port
      .apply({
        cells: [{ sheet: 'Phụ lục 2', cell: 'Z1', value: 'x' }],
        fills: [],
        newSheet: { ...CORE_ENGINE.rubricSheetPlan(CORE_ENGINE.defaultRubric, 'Thang điểm') },
      })
      .catch((e) => e);
    expect(err.problem).toMatchObject({ code: 'sheet-protected', changed: 'undone' });
    expect(b.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
  });

  test('a batch failing after some cells were written says partial', async () => {
    const b = new FakeWorkbook([FakeSheet.from(buildAppendix().sheet), new FakeSheet('Khác')]);
    const host = new FakeHost(b);
    const port = createExcelPort(host);
    await port.probe();
    b.sheet('Khác').protected = true;
    const err = await port
      .apply({
        cells: [
          { sheet: 'Phụ lục 2', cell: 'Z1', value: 'x' },
          { sheet: 'Khác', cell: 'A1', value: 'y' },
        ],
        fills: [],
      })
      .catch((e) => e);
    expect(err.problem).toMatchObject({ code: 'sheet-protected', changed: 'partial' });
  });

  test('a stored state that cannot be read is reported and nothing is highlighted over it', async () => {
    expect(readState('{"version":2,"highlights":[],"filled":[]}')).toEqual({ state: null, problem: 'newer' });
    expect(readState('{oops')).toEqual({ state: null, problem: 'damaged' });
    expect(readState(null)).toEqual({ state: null, problem: null });
    for (const [raw, reason] of [
      ['{oops', 'damaged'],
      ['{"version":3,"highlights":[],"filled":[]}', 'newer'],
    ] as const) {
      const b = book(sample().workbook.sheets);
      b.settings.set('cchc.state', raw);
      const port = createExcelPort(new FakeHost(b));
      const snap = await readTables(port);
      expect(snap.stateProblem).toBe(reason);
      const rep = check(snap);
      for (const plan of [planHighlights(rep, snap), planFillRatios(rep, snap), planClearHighlights(snap)])
        expect(plan).toEqual({ ok: false, refused: 'state-unreadable', reason });
      expect(b.settings.get('cchc.state')).toBe(raw);
    }
  });
});

describe('every pane action on every profile completes, or says what this Excel cannot do', () => {
  const cases: [HostProfile, string, string][] = [];
  for (const p of PROFILES) for (const w of Object.keys(WORKBOOKS)) for (const a of Object.keys(ACTIONS)) cases.push([p, w, a]);
  test.each(cases.map(([p, w, a]) => [p.name, w, a, p] as const))('%s, %s: %s', async (_n, what, action, p) => {
    const host = new FakeHost(WORKBOOKS[what](), p);
    const port = createExcelPort(host);
    // A highlight first, so that clear has something to restore.
    if (action === 'clear') await ACTIONS.highlight(port);
    const names = host.book.sheets.map((s) => s.name);
    const mark = host.trips.length;
    const result = await ACTIONS[action](port).catch((e) => e);
    if (result instanceof Error) {
      // Only a coded "this Excel cannot" is allowed, and then no sheet is left behind.
      expect(result).toBeInstanceOf(WorkbookError);
      expect((result as WorkbookError).problem.code).toBe('api-unsupported');
      expect(host.book.sheets.map((s) => s.name)).toEqual(names);
      return;
    }
    const cost = host.since(mark);
    expect(cost.response).toBeLessThan(1 * MB);
    if (action === 'select') expect(cost.trips).toBe(1);
    if (action === 'remediation sheet' || action === 'rubric sheet') {
      const added = host.book.sheets.filter((s) => !names.includes(s.name));
      expect(added).toHaveLength(1);
      expect(added[0].cells.size).toBeGreaterThan(0);
      expect(host.book.active).toBe(added[0].name);
      const touches = result as string[];
      if (p.api < 7) expect(touches).toContain('freeze-panes');
      if (p.api >= 9) expect(touches).toEqual([]);
      expect(touchesMessage(touches as never, 'vi') === '').toBe(touches.length === 0);
    }
    if (action === 'highlight' || action === 'clear') {
      const ph = host.book.sheet('Phụ lục 2');
      const coloured = [...ph.cells.values()].filter((c) => c.fill).length;
      if (action === 'highlight') expect(coloured).toBeGreaterThan(0);
      else expect(coloured).toBe(0);
    }
  });
});

test('an Excel error without a sentence of ours reads as one sentence, with a single full stop', () => {
  const e = toWorkbookError(Object.assign(new Error('Something went wrong.'), { code: 'GeneralException' }), 'partial');
  expect(e.problem).toMatchObject({ code: 'host-error', changed: 'partial' });
  for (const lang of ['vi', 'en'] as const) expect(problemMessage(e.problem, lang)).not.toMatch(/\.\./);
});

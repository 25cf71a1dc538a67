import { planWithFills, readTables } from '../../src/app/session';
import {
  SheetSnapshot,
  WorkbookError,
  check,
  parseProductState,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  uniqueSheetName,
} from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { FakeContext, FakeHost, FakeSheet, FakeWorkbook } from './fake-excel';

const MB = 1024 * 1024;

function fakeBook(sheets: SheetSnapshot[]): FakeWorkbook {
  return new FakeWorkbook(sheets.map((s) => FakeSheet.from(s)));
}

function bigSheet(rows: number): SheetSnapshot {
  const values = Array.from({ length: rows }, (_, i) => [String(i + 1), `Dòng ${i + 1}`, 'Người', i % 97, null]);
  return { name: 'Dữ liệu', origin: { row: 1, col: 1 }, values, merges: [] };
}

/** Every cell's value and fill, to compare before and after. */
function cellsOf(book: FakeWorkbook) {
  const out = new Map<string, { value: unknown; fill: unknown }>();
  for (const s of book.sheets) for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, { value: c.value, fill: c.fill });
  return out;
}

describe('the fake behaves like Office.js', () => {
  test('reading a property before load and sync throws; commands wait for sync', async () => {
    const book = fakeBook([buildAppendix().sheet]);
    const ctx = new FakeContext(book);
    const range = ctx.workbook.worksheets.getItem('Phụ lục 2').getRange('D14');
    expect(() => range.values).toThrow(/load/);
    range.load('values');
    expect(() => range.values).toThrow(/load/);
    range.values = [[99]];
    expect(book.sheet('Phụ lục 2').get(14, 4).value).toBe('28');
    await ctx.sync();
    expect(book.sheet('Phụ lục 2').get(14, 4).value).toBe(99);
    expect(range.values).toEqual([['28']]);
  });
});

describe('createExcelPort over Office.js', () => {
  test('reads the seed appendix in 3 syncs (sheet list, tops, the table), as the core reads the snapshot', async () => {
    const built = buildAppendix({ coverSheet: true });
    const host = new FakeHost(fakeBook(built.workbook.sheets));
    const snap = await readTables(createExcelPort(host));
    expect(host.syncs).toBe(3);
    const viaExcel = check(snap);
    const direct = check(built.workbook);
    expect(viaExcel.layout).toEqual(direct.layout);
    expect(viaExcel.indicators).toEqual(direct.indicators);
    expect(snap.sheets[0].merges.sort()).toEqual([...built.sheet.merges].sort());
  });

  test('a 20,000-row sheet beside the appendix: only the appendix is loaded, apply in 1', async () => {
    const host = new FakeHost(fakeBook([bigSheet(20000), buildAppendix().sheet]));
    const port = createExcelPort(host);
    const snap = await readTables(port);
    expect(host.syncs).toBe(3);
    expect(host.since(0).response).toBeLessThan(MB);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
    expect(snap.sheetNames).toHaveLength(2);
    const rep = check(snap);
    expect(rep.layout!.sheet).toBe('Phụ lục 2');
    const before = host.syncs;
    const r = planHighlights(rep, snap);
    if (!r.ok) throw new Error('refused');
    await port.apply(r.plan);
    expect(host.syncs - before).toBe(1);
  });

  test('Fill ratios writes the derived values into empty ratio cells only, in 1 sync', async () => {
    const built = buildAppendix({ edits: { '2.5.3': { value: '' } } });
    const host = new FakeHost(fakeBook(built.workbook.sheets));
    const port = createExcelPort(host);
    const snap = await readTables(port);
    const rep = check(snap);
    const before = cellsOf(host.book);
    const r = planFillRatios(rep, snap);
    if (!r.ok) throw new Error('refused');
    const syncs = host.syncs;
    await port.apply(r.plan);
    expect(host.syncs - syncs).toBe(1);
    const row = built.rowOf.get('2.5.3')!;
    const cell = host.book.sheet('Phụ lục 2').get(row, 4);
    expect(cell.formula).toBe(`=ROUND(168274/NUMBERVALUE(D${built.rowOf.get('2.5.2')},",",".")*100,2)`);
    expect(cell.value).toBe(99.1);
    // No cell that held a value changed it.
    for (const [k, c] of cellsOf(host.book)) if (before.get(k)?.value !== '' && before.has(k)) expect(c.value).toBe(before.get(k)!.value);
    // Checking again: nothing more to fill, no error, and the cell is the product's.
    const again = check(await readTables(port));
    expect(again.derived).toEqual([]);
    expect(again.summary.error).toBe(0);
  });

  test('highlights then clear restore every fill exactly, across pane sessions', async () => {
    const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } } });
    const sheet = built.sheet;
    // The user's own fills: a yellow cell under a finding and a grey header.
    const r112 = built.rowOf.get('1.1.2')! - sheet.origin.row;
    sheet.fills = sheet.values.map((row) => row.map(() => null));
    sheet.fills[r112][3] = { color: '#FFFF00', pattern: 'Solid' };
    sheet.fills[built.headerRow - 1][0] = { color: '#D9D9D9', pattern: 'Solid' };
    const host = new FakeHost(fakeBook([sheet]));
    const original = cellsOf(host.book);

    const pane1 = createExcelPort(host);
    let snap = await readTables(pane1);
    let rep = check(snap);
    const fill = planFillRatios(rep, snap);
    if (!fill.ok) throw new Error('refused');
    await pane1.apply(fill.plan);
    snap = await readTables(pane1);
    rep = check(snap);
    // The own fills of just the cells to colour are read first (one round trip), as the pane does.
    const hl = (await planWithFills(pane1, snap, (w) => planHighlights(rep, w))).result;
    if (!hl.ok) throw new Error('refused');
    expect(hl.skipped).toEqual([]);
    await pane1.apply(hl.plan);
    const ph = host.book.sheet('Phụ lục 2');
    expect(ph.get(built.rowOf.get('1.1.2')!, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(ph.get(built.rowOf.get('1.5.1')!, 4).fill).toEqual({ color: '#FFEB9C', pattern: 'Solid' });
    // The filled ratio (99,10%) is also below its benchmark: orange outranks the green of a fill.
    expect(ph.get(built.rowOf.get('2.5.3')!, 4).fill).toEqual({ color: '#F8CBAD', pattern: 'Solid' });

    // A new pane (the old one was closed) clears from what the workbook itself remembers.
    const pane2 = createExcelPort(host);
    const clear = planClearHighlights(await readTables(pane2));
    if (!clear.ok) throw new Error('refused');
    await pane2.apply(clear.plan);
    for (const [k, c] of cellsOf(host.book)) {
      if (k === `Phụ lục 2!${built.rowOf.get('2.5.3')},4`) continue; // the filled ratio keeps its value
      expect([k, c.fill]).toEqual([k, original.get(k)?.fill ?? null]);
    }
    expect(ph.get(built.rowOf.get('2.5.3')!, 4).fill).toBeNull();
    expect(ph.get(built.rowOf.get('1.1.2')!, 4).fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    // The filled ratio is still known to be the product's.
    expect(parseProductState(host.book.settings.get('cchc.state'))?.filled).toHaveLength(1);
  });

  test('a protected sheet: the plan is refused before anything is written', async () => {
    const built = buildAppendix({ edits: { '2.5.3': { value: '' } } });
    built.sheet.protected = true;
    const host = new FakeHost(fakeBook([built.sheet]));
    const snap = await readTables(createExcelPort(host));
    expect(planFillRatios(check(snap), snap)).toEqual({ ok: false, refused: 'protected', sheet: 'Phụ lục 2' });
  });

  test('a sheet protected after the check: Excel’s refusal becomes a sentence', async () => {
    const built = buildAppendix({ edits: { '2.5.3': { value: '' } } });
    const host = new FakeHost(fakeBook([built.sheet]));
    const port = createExcelPort(host);
    const snap = await readTables(port);
    const r = planFillRatios(check(snap), snap);
    if (!r.ok) throw new Error('refused');
    host.book.sheet('Phụ lục 2').protected = true;
    const before = cellsOf(host.book);
    const err = await port.apply(r.plan).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ problem: { code: 'sheet-protected', changed: 'nothing' } });
    expect(cellsOf(host.book)).toEqual(before);
  });

  test('clicking a finding selects its cell: activate the sheet, then select, in 1 sync', async () => {
    const built = buildAppendix({ coverSheet: true });
    const host = new FakeHost(fakeBook(built.workbook.sheets));
    await createExcelPort(host).select('Phụ lục 2', 'D14');
    expect(host.syncs).toBe(1);
    expect(host.book.active).toBe('Phụ lục 2');
    expect(host.book.selected).toBe('Phụ lục 2!D14');
  });

  test('a new sheet gets a valid, unique name', async () => {
    expect(uniqueSheetName('Khắc phục 2021', ['Khắc phục 2021'])).toBe('Khắc phục 2021 (2)');
    expect(uniqueSheetName('Khắc phục 2021', ['khắc phục 2021', 'Khắc phục 2021 (2)'])).toBe('Khắc phục 2021 (3)');
    expect(uniqueSheetName('A/B: [x]?*', [])).toBe('A B x');
    const long = uniqueSheetName('Nội dung, nhiệm vụ và phương án khắc phục', ['Nội dung, nhiệm vụ và phương án']);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toMatch(/\(2\)$/);
    const host = new FakeHost(fakeBook([buildAppendix().sheet]));
    const port = createExcelPort(host);
    const name = uniqueSheetName(
      'Phụ lục 2',
      (await readTables(port)).sheets.map((s) => s.name),
    );
    await port.apply({
      cells: [],
      fills: [],
      newSheet: {
        name,
        rows: [
          ['STT', 'Nội dung'],
          [1, '- Tăng cường'],
        ],
        merges: ['A1:B1'],
        columnWidths: [40, 300],
        boldRows: [1],
        wrap: true,
        borders: 'A1:B2',
        freezeRows: 1,
        landscape: true,
        printTitleRows: '1:1',
      },
      activate: { sheet: name },
    });
    const added = host.book.sheet('Phụ lục 2 (2)');
    expect(added.get(2, 2)).toMatchObject({ value: '- Tăng cường', numberFormat: '@', formula: null });
    expect(added.frozenRows).toBe(1);
    expect(host.book.active).toBe('Phụ lục 2 (2)');
  });
});

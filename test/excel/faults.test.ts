/** Faults an audit of the adapter against Excel's own behaviour found, each on the host profile where it bites. */
import { planWithFills, readTables } from '../../src/app/session';
import { check, columnNumber, planFillRatios, problemMessage } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { runAction } from './actions';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, HostProfile, LATEST, PROFILES } from './fake-excel';

const OLDEST = PROFILES[0];

function appendixBook(others: FakeSheet[] = []) {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } } });
  return { built, book: new FakeWorkbook([...others, FakeSheet.from(built.sheet)]) };
}

describe('the probe stays on the grid', () => {
  test.each([OLDEST, LATEST].map((p) => [p.name, p] as const))(
    '%s: a sheet whose only value is at XEZ1048570 does not fail the check',
    async (_n, profile) => {
      const edge = new FakeSheet('Ghi chú');
      edge.set(1048570, columnNumber('XEZ'), { value: 'cuối trang' });
      const { book } = appendixBook([edge]);
      const host = new FakeHost(book, profile);
      const outcome = await runAction(host, 'check');
      expect(outcome).toEqual({ done: true, touches: expect.any(Array) });
      // The wrong figure was found and highlighted.
      expect([...book.sheet('Phụ lục 2').cells.values()].some((c) => c.fill?.color === '#FFC7CE')).toBe(true);
    },
  );

  test('the fake refuses a cell past the grid, as Excel does', async () => {
    const edge = new FakeSheet('Ghi chú');
    edge.set(1048570, 5, { value: 1 });
    const host = new FakeHost(new FakeWorkbook([edge]));
    await expect(
      host.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Ghi chú').getUsedRange();
        used.getCell(39, 0).load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the stored state has one source of truth', () => {
  const highlighted = (book: FakeWorkbook) =>
    [...book.sheet('Phụ lục 2').cells.entries()].filter(([, c]) => c.fill?.color === '#FFC7CE').map(([k]) => k);

  test('state an Office 2016 left in document settings does not come back after a newer Excel clears it', async () => {
    const { book } = appendixBook();
    expect(await runAction(new FakeHost(book, OLDEST), 'check')).toEqual({ done: true, touches: [] });
    const marked = highlighted(book);
    expect(marked.length).toBeGreaterThan(0);
    expect(book.documentSettings.has('cchc.state')).toBe(true);

    // Opened on Microsoft 365: the old state is read, and its highlights cleared.
    const newer = new FakeHost(book, LATEST);
    expect(await runAction(newer, 'clear')).toEqual({ done: true, touches: [] });
    expect(highlighted(book)).toEqual([]);
    expect(book.documentSettings.has('cchc.state')).toBe(false);
    // The user colours one of those cells green; clearing again must leave it.
    const [row, col] = marked[0].split(',').map(Number);
    book.sheet('Phụ lục 2').set(row, col, { fill: { color: '#00B050', pattern: 'Solid' } });
    expect(await runAction(new FakeHost(book, LATEST), 'clear')).toEqual({ done: true, touches: [] });
    expect(book.sheet('Phụ lục 2').get(row, col).fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect((await createExcelPort(new FakeHost(book, LATEST)).probe()).state ?? null).toBeNull();
  });

  test('below 1.4, ribbon and pane (separate runtimes) read the settings the other saved', async () => {
    const { book } = appendixBook();
    // Both runtimes start with the workbook open, before either has written.
    const pane = new FakeHost(book, OLDEST);
    const ribbon = new FakeHost(book, OLDEST);
    expect(await runAction(ribbon, 'check')).toEqual({ done: true, touches: [] });
    expect(highlighted(book).length).toBeGreaterThan(0);
    // The pane's Xóa đánh dấu knows the ribbon's highlights.
    expect(await runAction(pane, 'clear')).toEqual({ done: true, touches: [] });
    expect(highlighted(book)).toEqual([]);
    expect(book.documentSettings.has('cchc.state')).toBe(false);
  });
});

describe('InvalidOperation is not always a protected sheet', () => {
  async function fillRatios(profile: HostProfile, setup: (s: FakeSheet) => void) {
    const { book } = appendixBook();
    const port = createExcelPort(new FakeHost(book, profile));
    const snap = await readTables(port);
    const plan = (await planWithFills(port, snap, (w) => planFillRatios(check(w), w))).result;
    if (!plan.ok) throw new Error('refused');
    // What Excel finds at the write (the sheet protected since the read, or cells Excel will not change).
    setup(book.sheet('Phụ lục 2'));
    return port.apply(plan.plan).then(
      () => null,
      (e) => e.problem,
    );
  }

  test.each([OLDEST, LATEST].map((p) => [p.name, p] as const))(
    '%s: part of an array formula is Excel’s refusal, coded as such',
    async (_n, p) => {
      const problem = await fillRatios(p, (s) => (s.refusal = { code: 'InvalidOperation', message: 'You can’t change part of an array.' }));
      expect(problem).toEqual({ code: 'excel-refused', detail: 'You can’t change part of an array.', changed: 'nothing' });
      expect(problemMessage(problem, 'vi')).toMatch(/không bị bảo vệ/);
    },
  );

  test('a sheet protected since the read, refused in Office’s own language, is still named: its protection is read (1.2)', async () => {
    const problem = await fillRatios(PROFILES[1], (s) => {
      s.protected = true;
      s.refusal = { code: 'InvalidOperation', message: 'Thao tác không hợp lệ.' };
    });
    expect(problem).toEqual({ code: 'sheet-protected', sheet: 'Phụ lục 2', changed: 'nothing' });
  });
});

describe('undoing a highlight gives the fill back whole', () => {
  const original = { color: '#FFFF00', pattern: 'LightDown', patternColor: '#FF0000', patternTint: 0.2, tint: -0.25 };

  test.each([LATEST, PROFILES[3]].map((p) => [p.name, p] as const))(
    '%s: pattern, pattern colour and tints (ExcelApi 1.9) come back after Xóa đánh dấu',
    async (_n, profile) => {
      const { book, built } = appendixBook();
      const row = built.rowOf.get('1.1.2')!;
      book.sheet('Phụ lục 2').set(row, 4, { fill: { ...original } });
      const host = new FakeHost(book, profile);
      expect(await runAction(host, 'check')).toEqual({ done: true, touches: [] });
      expect(book.sheet('Phụ lục 2').get(row, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
      expect(await runAction(host, 'clear')).toEqual({ done: true, touches: [] });
      expect(book.sheet('Phụ lục 2').get(row, 4).fill).toEqual(original);
    },
  );
});

describe('Office 2016 (ExcelApi 1.1) has no valuesOnly: its used range includes formatted cells', () => {
  const MB = 1024 * 1024;
  test('a table sheet formatted down to row 60,000 reads in ≤ 4 round trips and ≤ 1 MB per response, and checks', async () => {
    const { book, built } = appendixBook();
    const sheet = book.sheet('Phụ lục 2');
    const used = sheet.used()!;
    sheet.formatted = { top: used.top, left: used.left, bottom: 60000, right: used.right + 2 };
    const host = new FakeHost(book, OLDEST);
    expect(await runAction(host, 'read')).toEqual({ done: true, touches: [] });
    const read = host.since(0);
    expect(read.trips).toBeLessThanOrEqual(4);
    expect(read.response).toBeLessThanOrEqual(MB);
    // The whole table was read: its last row is there, and the check finds the wrong figure.
    const snap = await readTables(createExcelPort(new FakeHost(book, OLDEST)));
    const s = snap.sheets.find((x) => x.name === 'Phụ lục 2')!;
    expect(s.origin.row + s.values.length - 1).toBe(used.bottom);
    expect(check(snap).findings.some((f) => f.cell === `D${built.rowOf.get('1.1.2')}`)).toBe(true);
  });
});

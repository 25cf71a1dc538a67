/**
 * Writes bounded as Microsoft's client builds them: a plan of 10,000 highlights on a units table (the
 * seed tally's units repeated, each with a planted wrong "không hợp lệ" figure) goes to Excel on the
 * web in requests of at most 1 MB each, and clearing it does too. Before writes were split, the same
 * plan went in one request of over 9 MB, which Excel on the web refuses over 5 MB.
 */
import * as actions from '../../src/app/actions';
import { CellValue, HighlightRecord, WritePlan } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { REQUEST_BUDGET, splitWrites } from '../../src/excel/apply';
import { buildUnits } from '../fixtures/units';
import { FakeSheet, FakeWorkbook, PROFILES, WEB_PAYLOAD_LIMIT } from './fake-excel';
import { RealClientHost } from './real-client/host';

const MB = 1024 * 1024;
const WEB = PROFILES.find((p) => p.payloadLimit)!;
const ERROR = '#FFC7CE';
const UNITS = 10000;

/** The tally's title and header, then UNITS unit rows cycling through the seed's units, each with one wrong figure. */
function bigTally() {
  const built = buildUnits('tally');
  const s = built.sheet;
  const head = s.values.slice(0, built.headerRow);
  const seedUnits = s.values.slice(built.headerRow).filter((r) => /^\d+$/.test(String(r[0] ?? '')));
  const rows: CellValue[][] = Array.from({ length: UNITS }, (_, i) => {
    const r = [...seedUnits[i % seedUnits.length]];
    r[0] = String(i + 1);
    // Returned minus valid is 0; the planted figure says 1.
    r[5] = '1';
    return r;
  });
  const values = [...head, ...rows];
  const sheet = FakeSheet.from({ ...s, values, formulas: undefined, fills: undefined, formats: undefined });
  const cells = rows.map((_, i) => `F${built.headerRow + 1 + i}`);
  return { sheet, cells, name: s.name };
}

function highlightPlan(name: string, cells: string[]): WritePlan {
  const highlights: HighlightRecord[] = cells.map((cell) => ({ sheet: name, cell, kind: 'error', original: null }));
  return {
    cells: [],
    fills: cells.map((cell) => ({ sheet: name, cell, fill: { color: ERROR, pattern: 'Solid' } })),
    state: { version: 1, highlights, filled: [] },
  };
}

describe('Excel on the web, through Microsoft’s client: 10,000 highlights', () => {
  test('Kiểm tra finds and highlights them, Xóa đánh dấu clears them; every request and response ≤ 1 MB as the client builds them', async () => {
    const { sheet, cells } = bigTally();
    const host = new RealClientHost(new FakeWorkbook([sheet]), WEB);
    const port = createExcelPort(host);

    const checked = await actions.check(port, { lang: 'en' });
    expect(checked.status).toBe('done');
    expect(checked.written).toBe(UNITS);
    for (const c of cells) expect(sheet.get(Number(c.slice(1)), 6).fill?.color).toBe(ERROR);
    expect(JSON.parse(host.book.settings.get('cchc.state') as string).highlights).toHaveLength(UNITS);
    // The fills went in many requests, not one.
    expect(host.trips.filter((t) => t.request > 100 * 1024).length).toBeGreaterThan(5);

    const cleared = await actions.clearHighlights(port);
    expect(cleared.notes).toEqual([{ code: 'cleared', count: UNITS }]);
    for (const c of cells) expect(sheet.get(Number(c.slice(1)), 6).fill).toBeNull();
    expect(host.book.settings.has('cchc.state')).toBe(false);

    for (const t of host.trips) {
      expect(t.request).toBeLessThanOrEqual(MB);
      expect(t.response).toBeLessThanOrEqual(MB);
    }
  }, 180_000);

  test('a plan of 10,000 highlights is cut into requests under the budget', () => {
    const { cells, name } = bigTally();
    expect(splitWrites(highlightPlan(name, cells)).length).toBeGreaterThan(5);
  });

  test('the same plan in one request (as before the split) is over Excel on the web’s 5 MB, and refused', async () => {
    const { sheet, cells, name } = bigTally();
    const plan = highlightPlan(name, cells);
    expect(splitWrites(plan, Infinity)).toHaveLength(1);
    const host = new RealClientHost(new FakeWorkbook([sheet]), WEB);
    const err = await host
      .run(async (context) => {
        const sheets = context.workbook.worksheets;
        for (const f of plan.fills) sheets.getItem(f.sheet).getRange(f.cell).format.fill.color = ERROR;
        context.workbook.settings.add('cchc.state', JSON.stringify(plan.state));
        await context.sync();
      })
      .catch((e: { code?: string }) => e);
    expect(err).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.trips[0].request).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(sheet.get(6, 6).fill).toBeNull();
    // And the budget the split keeps is well under it.
    expect(REQUEST_BUDGET).toBeLessThan(MB);
  });
});

describe('a failure part way through a split plan says what holds', () => {
  test('the first requests written, a later one refused by a protected sheet: partial; a one-request plan refused whole: nothing', async () => {
    const { sheet, cells, name } = bigTally();
    const locked = new FakeSheet('Khóa');
    locked.protected = true;
    const plan = highlightPlan(name, cells);
    plan.fills.push({ sheet: locked.name, cell: 'B2', fill: { color: ERROR, pattern: 'Solid' } });
    const host = new RealClientHost(new FakeWorkbook([sheet, locked]), WEB);
    const err = await createExcelPort(host)
      .apply(plan)
      .catch((e: { problem?: unknown }) => e);
    expect(err).toMatchObject({ problem: { code: 'sheet-protected', changed: 'partial' } });
    // The requests before the refused one hold; the state (last) was not written.
    expect(sheet.get(Number(cells[0].slice(1)), 6).fill?.color).toBe(ERROR);
    expect(host.book.settings.has('cchc.state')).toBe(false);

    const small = highlightPlan(locked.name, ['B2', 'B3']);
    const again = await createExcelPort(new RealClientHost(new FakeWorkbook([new FakeSheet(name), locked]), WEB))
      .apply(small)
      .catch((e: { problem?: unknown }) => e);
    expect(again).toMatchObject({ problem: { code: 'sheet-protected', changed: 'nothing' } });
  });
});

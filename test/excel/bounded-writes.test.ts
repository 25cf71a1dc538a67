/**
 * Writes bounded as Microsoft's client builds them: on a units table whose check gives 10,000
 * highlights (./real-client/big-tally.ts), Kiểm tra and Xóa đánh dấu go to Excel on the web in requests
 * and responses of at most 1 MB each. Before writes were split, the plan went in one request of over
 * 9 MB, which Excel on the web refuses over 5 MB. A later request that fails undoes the earlier ones.
 */
import * as actions from '../../src/app/actions';
import { HighlightRecord, WritePlan, parseProductState } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { REQUEST_BUDGET, splitWrites } from '../../src/excel/apply';
import { FakeSheet, FakeWorkbook, PROFILES, WEB_PAYLOAD_LIMIT } from './fake-excel';
import { BIG_TALLY_UNITS, bigTally } from './real-client/big-tally';
import { RealClientHost } from './real-client/host';

const MB = 1024 * 1024;
const WEB = PROFILES.find((p) => p.payloadLimit)!;
const ERROR = '#FFC7CE';
const UNITS = BIG_TALLY_UNITS;

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
    expect(parseProductState(host.book.settings.get('cchc.state'))?.highlights).toHaveLength(UNITS);
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

describe('a failure part way through a split plan', () => {
  test('a later request refused (a protected sheet): every earlier one is undone, each cell as it was', async () => {
    const { sheet, cells, name } = bigTally();
    const first = Number(cells[0].slice(1));
    sheet.set(first, 6, { fill: { color: '#FFFF00', pattern: 'Solid' } });
    // A patterned fill with its own pattern colour (read and put back whole where ExcelApi 1.9 can).
    const second = Number(cells[1].slice(1));
    const patterned = { color: '#FFFF00', pattern: 'Gray25', patternColor: '#0000FF' };
    sheet.set(second, 6, { fill: patterned });
    const locked = new FakeSheet('Khóa');
    locked.protected = true;
    const plan = highlightPlan(name, cells);
    plan.cells = [{ sheet: name, cell: `C${first}`, value: 999 }];
    plan.fills.push({ sheet: locked.name, cell: 'B2', fill: { color: ERROR, pattern: 'Solid' } });
    const host = new RealClientHost(new FakeWorkbook([sheet, locked]), WEB);
    const err = await createExcelPort(host)
      .apply(plan)
      .catch((e: { problem?: unknown }) => e);
    expect(err).toMatchObject({ problem: { code: 'sheet-protected', changed: 'undone' } });
    // Many requests went before the refused one; the workbook is as it was.
    expect(host.trips.length).toBeGreaterThan(10);
    for (const t of host.trips) expect(t.request).toBeLessThanOrEqual(MB);
    expect(sheet.get(first, 6).fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(sheet.get(second, 6).fill).toEqual(patterned);
    for (const c of cells.slice(2)) expect(sheet.get(Number(c.slice(1)), 6).fill).toBeNull();
    expect(sheet.get(first, 3).value).toBe('101');
    expect(host.book.settings.has('cchc.state')).toBe(false);
  }, 120_000);

  test('a one-request plan refused whole: nothing changed', async () => {
    const locked = new FakeSheet('Khóa');
    locked.protected = true;
    const small = highlightPlan(locked.name, ['B2', 'B3']);
    const again = await createExcelPort(new RealClientHost(new FakeWorkbook([locked]), WEB))
      .apply(small)
      .catch((e: { problem?: unknown }) => e);
    expect(again).toMatchObject({ problem: { code: 'sheet-protected', changed: 'nothing' } });
  });
});

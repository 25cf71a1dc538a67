/**
 * Writes bounded as Microsoft's client builds them: a plan of 10,000 highlights on a units table (the
 * seed tally's units repeated, each with a planted wrong "không hợp lệ" figure) goes to Excel on the
 * web in requests of at most 1 MB each, and clearing it does too. Before writes were split, the same
 * plan went in one request of about 9 MB, which Excel on the web refuses over 5 MB.
 */
import { readTables } from '../../src/app/session';
import { CellValue, HighlightRecord, WritePlan, planClearHighlights } from '../../src/core';
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
  test('highlighted and cleared with every request ≤ 1 MB as the client builds it', async () => {
    const { sheet, cells, name } = bigTally();
    const host = new RealClientHost(new FakeWorkbook([sheet]), WEB);
    const port = createExcelPort(host);
    const plan = highlightPlan(name, cells);
    expect(splitWrites(plan).length).toBeGreaterThan(5);

    await port.apply(plan);
    const wrote = host.trips.slice();
    expect(wrote.length).toBeGreaterThan(5);
    for (const t of wrote) expect(t.request).toBeLessThanOrEqual(MB);
    for (const c of cells) expect(sheet.get(Number(c.slice(1)), 6).fill?.color).toBe(ERROR);
    expect(JSON.parse(host.book.settings.get('cchc.state') as string).highlights).toHaveLength(UNITS);

    // Clear: the workbook is read again (its state with it), and every fill goes back.
    const from = host.trips.length;
    const snap = await readTables(port);
    const cleared = planClearHighlights(snap);
    expect(cleared.ok).toBe(true);
    if (!cleared.ok) return;
    expect(cleared.plan.fills).toHaveLength(UNITS);
    await port.apply(cleared.plan);
    for (const t of host.trips.slice(from)) {
      expect(t.request).toBeLessThanOrEqual(MB);
      expect(t.response).toBeLessThanOrEqual(MB);
    }
    for (const c of cells) expect(sheet.get(Number(c.slice(1)), 6).fill).toBeNull();
    expect(host.book.settings.has('cchc.state')).toBe(false);
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

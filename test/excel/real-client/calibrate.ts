/// <reference types="office-js" />
/**
 * The same batches through Microsoft's client and through the fake, for pricing the fake: fills,
 * formulas, values and number formats per cell and in blocks, and reads, each inside `Excel.run`
 * (where the client keeps a reference to every range it makes).
 */
import { columnLetters } from '../../../src/core';
import { FakeHost, FakeSheet, FakeWorkbook, HostProfile, LATEST } from '../fake-excel';
import { RealClientHost } from './host';

export const SHEET = 'Phụ lục 2';

export interface Batch {
  name: string;
  /** Commands of one kind (per cell: one per cell), for the per-command figures. */
  commands: number;
  queue(context: Excel.RequestContext): void;
}

const cells = (n: number) => Array.from({ length: n }, (_, i) => `${columnLetters(4 + (i % 8))}${10 + Math.floor(i / 8)}`);
const grid = <T>(rows: number, cols: number, f: (r: number, c: number) => T): T[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));

/** The adapter's own shapes: a fresh `getItem(sheet).getRange(cell)` per cell, as apply.ts queues a plan. */
export function batches(n = 400): Batch[] {
  const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(SHEET);
  return [
    { name: 'fill per cell', commands: n, queue: (c) => cells(n).forEach((a) => (sheet(c).getRange(a).format.fill.color = '#FFC7CE')) },
    { name: 'fill cleared per cell', commands: n, queue: (c) => cells(n).forEach((a) => sheet(c).getRange(a).format.fill.clear()) },
    {
      name: 'formula per cell',
      commands: n,
      queue: (c) => cells(n).forEach((a, i) => (sheet(c).getRange(a).formulas = [[`=ROUND(D${10 + i}/E${10 + i}*100,2)`]])),
    },
    {
      name: 'text value with its format per cell',
      commands: 2 * n,
      queue: (c) =>
        cells(n).forEach((a, i) => {
          const r = sheet(c).getRange(a);
          r.numberFormat = [['@']];
          r.values = [[`Đơn vị ${i}`]];
        }),
    },
    { name: 'number per cell', commands: n, queue: (c) => cells(n).forEach((a, i) => (sheet(c).getRange(a).values = [[i * 37]])) },
    {
      name: 'values in a block',
      commands: 1,
      queue: (c) => (sheet(c).getRange('A1:T200').values = grid(200, 20, (r, k) => (k % 2 ? r * k : `Hồ sơ ${r}-${k}`))),
    },
    {
      name: 'number formats in a block',
      commands: 1,
      queue: (c) => (sheet(c).getRange('A1:T200').numberFormat = grid(200, 20, (_r, k) => (k % 2 ? 'General' : '@'))),
    },
    {
      name: 'stored state',
      commands: 1,
      queue: (c) => c.workbook.settings.add('cchc.state', JSON.stringify({ fills: cells(n).map((a) => ({ cell: a, color: null })) })),
    },
    {
      name: 'reads in a block',
      commands: 1,
      queue: (c) => sheet(c).getRange('A1:T200').load('values,formulas,numberFormat'),
    },
    { name: 'fill read per cell', commands: n, queue: (c) => cells(n).forEach((a) => sheet(c).getRange(a).format.fill.load('color')) },
  ];
}

/** A workbook for the batches: the table sheet holding a 200 × 20 block of data. */
export function batchBook(): FakeWorkbook {
  const s = FakeSheet.data(SHEET, 200, 20);
  return new FakeWorkbook([s]);
}

export interface Priced {
  name: string;
  commands: number;
  real: { request: number; response: number };
  fake: { request: number; response: number };
}

/** One batch in one `Excel.run` and one sync, through the client and through the fake. */
export async function price(batch: Batch, profile: HostProfile = LATEST): Promise<Priced> {
  const run = async (host: FakeHost) => {
    await host.run(async (c) => {
      batch.queue(c);
      await c.sync();
    });
    const t = host.trips[host.trips.length - 1];
    return { request: t.request, response: t.response };
  };
  return {
    name: batch.name,
    commands: batch.commands,
    real: await run(new RealClientHost(batchBook(), profile)),
    fake: await run(new FakeHost(batchBook(), profile)),
  };
}

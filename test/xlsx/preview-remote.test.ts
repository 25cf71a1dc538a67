import { readFileSync } from 'fs';
import { join } from 'path';
import { readTables } from '../../src/app/session';
import { check, planFillRatios, WorkbookError } from '../../src/core';
import { WorkerStopped, localChannel, workbooks } from '../../src/preview/remote';
import type { Channel } from '../../src/preview/remote';
import type { OpenStage } from '../../src/preview/workbook-service';
import { readSnapshot } from '../../src/xlsx';
import { bigWorkbook } from '../helpers/big-workbook';

const sample = () => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx')));

/** The in-page channel, counting what crosses it (every message is structured-cloned, as a worker's). */
function counted(): { channel: Channel; sent: string[] } {
  const inner = localChannel();
  const sent: string[] = [];
  return {
    sent,
    channel: { send: (id, file, req, transfer) => (sent.push(req.op), inner.send(id, file, req, transfer)), listen: inner.listen },
  };
}

describe('the preview’s workbook behind messages (as in its worker)', () => {
  test('open with progress, check, fill, view, edit and download: everything crosses as plain data', async () => {
    const { channel, sent } = counted();
    const stages: OpenStage[] = [];
    const bytes = sample();
    const file = await workbooks(channel).open('huyen.xlsx', bytes, (s) => stages.push(s));
    expect(stages).toEqual(['unzip', 'layout']);
    // The bytes moved to the other side.
    expect(bytes.byteLength).toBe(0);
    expect(file.sheets).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'SIPAS']);

    const snap = await readTables(file.port);
    const fill = planFillRatios(check(snap), snap);
    if (!fill.ok) throw new Error('refused');
    await file.port.apply(fill.plan);
    const view = (await file.view('Phụ lục 2'))!;
    expect(view.cell(61, 4, 'vi')).toMatchObject({ text: '99,10', number: true, formula: expect.stringMatching(/^=ROUND/) });
    expect(view.cell(9, 2, 'vi')).toEqual({ text: 'Chỉ tiêu thống kê', bold: true, wrap: true });
    expect(view.rowHeight(9)).toBeGreaterThan(0);

    await file.edit('Phụ lục 2', 'D57', 100);
    expect((await file.view('Phụ lục 2'))!.cell(57, 4, 'vi')).toMatchObject({ text: '100', number: true });
    expect(check(await readTables(file.port)).findings.some((f) => f.cell === 'D57' && f.severity === 'error')).toBe(false);

    const out = await file.download();
    const d = (await readSnapshot(out)).sheets.find((s) => s.name === 'Phụ lục 2')!;
    expect(d.values[57 - d.origin.row][4 - d.origin.col]).toBe(100);
    expect(sent).toEqual(expect.arrayContaining(['open', 'probe', 'load', 'apply', 'view', 'edit', 'download']));
  });

  test('a file it cannot read: its coded problem; the open workbook stays usable', async () => {
    const books = workbooks(localChannel());
    const file = await books.open('huyen.xlsx', sample());
    await expect(books.open('ghi-chu.xlsx', new TextEncoder().encode('STT,Chỉ tiêu\n'))).rejects.toEqual(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'file-format', format: 'csv' }) }),
    );
    expect((await file.view('SIPAS'))!.name).toBe('SIPAS');
  });

  test('once another file is open, requests about the earlier one fail instead of touching the new one', async () => {
    const books = workbooks(localChannel());
    const first = await books.open('huyen.xlsx', sample());
    const second = await books.open('du-lieu.xlsx', bigWorkbook(50, 3));
    await expect(first.view('Phụ lục 2')).rejects.toThrow();
    await expect(first.port.apply({ cells: [{ sheet: 'Dữ liệu', cell: 'A1', value: 'x' }], fills: [] })).rejects.not.toBeInstanceOf(
      WorkbookError,
    );
    expect((await second.view('Dữ liệu'))!.cell(50, 1, 'vi')).toEqual({ text: 'Đơn vị 50' });
    expect((await second.view('Dữ liệu'))!.cell(1, 1, 'vi')).toEqual({ text: 'Đơn vị 1' });
  });

  test('if the worker dies, what was asked and everything after fails (nothing waits forever)', async () => {
    const inner = localChannel();
    let die = () => {};
    const books = workbooks({ ...inner, onFailure: (on) => (die = on) });
    const file = await books.open('huyen.xlsx', sample());
    const asked = file.view('Phụ lục 2');
    die();
    await expect(asked).rejects.toBeInstanceOf(WorkerStopped);
    await expect(file.port.probe()).rejects.toBeInstanceOf(WorkerStopped);
    await expect(books.open('khac.xlsx', sample())).rejects.toBeInstanceOf(WorkerStopped);
  });
});

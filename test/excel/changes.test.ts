/** Follow edits on every Excel that has change events: per-sheet events on 1.7–1.8, the collection's at 1.9, exact echo filtering at 1.14. */
import { createExcelPort } from '../../src/excel';
import { excelChanges } from '../../src/excel/changes';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES, versionAtMost } from './fake-excel';

function book() {
  const built = buildAppendix({ edits: { '2.4.4': { value: '110' } } });
  return { book: new FakeWorkbook(built.workbook.sheets.map((s) => FakeSheet.from(s))), row: built.rowOf.get('2.4.4')! };
}

const WITH_EVENTS = PROFILES.filter((p) => versionAtMost('1.7', p.api));

describe.each(WITH_EVENTS.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test('a value the user types reaches the pane; stopping removes every handler', async () => {
    const { book: b, row } = book();
    const host = new FakeHost(b, profile);
    const feed = excelChanges(host, false)!;
    expect(feed).not.toBeNull();
    const calls: string[] = [];
    const stop = await feed.subscribe(() => calls.push('edit'));
    await b.userEdit('Phụ lục 2', row, 4, 100);
    expect(calls).toEqual(['edit']);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(b.changeHandlers).toHaveLength(0);
    await b.userEdit('Phụ lục 2', row, 4, 90);
    expect(calls).toEqual(['edit']);
  });

  test('a sheet the user adds afterwards is followed too', async () => {
    const { book: b } = book();
    const feed = excelChanges(new FakeHost(b, profile), false)!;
    const calls: number[] = [];
    await feed.subscribe(() => calls.push(1));
    await b.userAddSheet('Thang điểm');
    await b.userEdit('Thang điểm', 2, 2, 5);
    expect(calls).toHaveLength(1);
  });

  test('the add-in’s own writes: left out by Excel where triggerSource exists (1.14), left to the pane’s timer below', async () => {
    const { book: b, row } = book();
    const host = new FakeHost(b, profile);
    const feed = excelChanges(host, false)!;
    const calls: number[] = [];
    await feed.subscribe(() => calls.push(1));
    await createExcelPort(host).apply({ cells: [{ sheet: 'Phụ lục 2', cell: `D${row}`, value: 100 }], fills: [] });
    const exact = versionAtMost('1.14', profile.api);
    expect(feed.exact).toBe(exact);
    expect(calls).toHaveLength(exact ? 0 : 1);
  });
});

test('no feed below ExcelApi 1.7; off by default on Excel on the web', () => {
  for (const p of PROFILES.filter((x) => !versionAtMost('1.7', x.api)))
    expect(excelChanges(new FakeHost(book().book, p), false)).toBeNull();
  const web = PROFILES.find((p) => p.payloadLimit)!;
  expect(excelChanges(new FakeHost(book().book, web), true)!.onByDefault).toBe(false);
});

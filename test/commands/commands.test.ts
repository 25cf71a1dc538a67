/**
 * @jest-environment jsdom
 *
 * The ribbon's Kiểm tra ngay over a fake `Office` global and the Office.js fake: the dialog is closed
 * from code, a failed dialog sends the line to the pane, and event.completed() is called on every path.
 */
import { WorkbookError, WorkbookPort } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { PLANTED_EDITS, buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES } from '../excel/fake-excel';

type Handler = (arg?: unknown) => void;

/** A fake dialog: records close() and lets the test fire its events. */
class FakeDialog {
  closed = 0;
  handlers = new Map<string, Handler>();
  addEventHandler(type: string, h: Handler) {
    this.handlers.set(type, h);
  }
  close() {
    this.closed++;
  }
}

interface FakeOffice {
  dialogs: FakeDialog[];
  urls: string[];
  /** Error codes to answer the next displayDialogAsync calls with, in order (0 = open). */
  answers: number[];
  shown: number;
}

function installOffice(answers: number[] = [], withUi = true): FakeOffice {
  const state: FakeOffice = { dialogs: [], urls: [], answers: [...answers], shown: 0 };
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: 'vi-VN',
      ui: withUi
        ? {
            displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
              state.urls.push(url);
              const code = state.answers.shift() ?? 0;
              if (code) return cb({ status: 'failed', error: { code } });
              const d = new FakeDialog();
              state.dialogs.push(d);
              cb({ status: 'succeeded', value: d });
            },
          }
        : undefined,
    },
    addin: { showAsTaskpane: async () => void state.shown++ },
    onReady: async () => undefined,
    actions: { associate: () => undefined },
  };
  return state;
}

let commands: typeof import('../../src/commands/commands');
beforeAll(async () => {
  installOffice();
  commands = await import('../../src/commands/commands');
});
beforeEach(() => window.localStorage.clear());

const event = () => ({ completed: jest.fn() });
const port = (p = PROFILES[0]) =>
  createExcelPort(new FakeHost(new FakeWorkbook([FakeSheet.from(buildAppendix({ edits: PLANTED_EDITS }).sheet)]), p));

/** Lets the dialog's promise chain reach its handlers. */
const settle = () => new Promise((r) => setTimeout(r, 0));

test('the summary shows in a dialog, which the command closes when its OK is pressed', async () => {
  const office = installOffice();
  const ev = event();
  const run = commands.checkNow(ev as never, port());
  while (office.dialogs.length === 0) await settle();
  expect(new URL(office.urls[0]).searchParams.get('m')).toMatch(/Phụ lục 2/);
  expect(ev.completed).not.toHaveBeenCalled();
  office.dialogs[0].handlers.get('dialogMessageReceived')!({ message: 'close' });
  await expect(run).resolves.toBe('dialog');
  expect(office.dialogs[0].closed).toBe(1);
  expect(ev.completed).toHaveBeenCalledTimes(1);
});

test('the dialog closes itself after a while', async () => {
  jest.useFakeTimers();
  try {
    const office = installOffice();
    const ev = event();
    const run = commands.checkNow(ev as never, port());
    while (office.dialogs.length === 0) await jest.advanceTimersByTimeAsync(1);
    await jest.advanceTimersByTimeAsync(commands.DIALOG_SECONDS * 1000);
    await expect(run).resolves.toBe('dialog');
    expect(office.dialogs[0].closed).toBe(1);
    expect(ev.completed).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});

test('a dialog already open is closed and the new line shown', async () => {
  const office = installOffice();
  const first = commands.checkNow(event() as never, port());
  while (office.dialogs.length === 0) await settle();
  office.answers.push(12007);
  const ev = event();
  const second = commands.checkNow(ev as never, port());
  while (office.dialogs.length < 2) await settle();
  expect(office.dialogs[0].closed).toBe(1);
  office.dialogs[1].handlers.get('dialogEventReceived')!({ error: 12006 });
  await expect(second).resolves.toBe('dialog');
  await expect(first).resolves.toBe('dialog');
  expect(office.dialogs[1].closed).toBe(0);
  expect(ev.completed).toHaveBeenCalledTimes(1);
});

test.each([
  ['a blocked dialog', [12009], true],
  ['no Dialog API', [], false],
])('%s: the line goes to the pane, and the event completes', async (_what, answers, withUi) => {
  const office = installOffice(answers, withUi);
  const ev = event();
  await expect(commands.checkNow(ev as never, port())).resolves.toBe('pane');
  expect(JSON.parse(window.localStorage.getItem(commands.RIBBON_SUMMARY_KEY)!).line).toMatch(/Phụ lục 2/);
  expect(office.shown).toBe(1);
  expect(ev.completed).toHaveBeenCalledTimes(1);
});

test('a failing read still shows a coded sentence and completes', async () => {
  installOffice([12009]);
  const failing: WorkbookPort = {
    probe: async () => {
      throw new WorkbookError({ code: 'busy', changed: 'nothing' });
    },
    load: async () => ({ sheets: [] }),
    readFills: async () => new Map(),
    apply: async () => undefined,
    select: async () => undefined,
  };
  const ev = event();
  await expect(commands.checkNow(ev as never, failing)).resolves.toBe('pane');
  expect(JSON.parse(window.localStorage.getItem(commands.RIBBON_SUMMARY_KEY)!).line).toMatch(/Excel đang bận/);
  expect(ev.completed).toHaveBeenCalledTimes(1);
});

test.each(PROFILES.map((p) => [p.name, p] as const))('on %s the ribbon command highlights and completes', async (_n, p) => {
  installOffice([12009]);
  const host = new FakeHost(new FakeWorkbook([FakeSheet.from(buildAppendix({ edits: PLANTED_EDITS }).sheet)]), p);
  const ev = event();
  await expect(commands.checkNow(ev as never, createExcelPort(host))).resolves.toBe('pane');
  expect([...host.book.sheet('Phụ lục 2').cells.values()].some((c) => c.fill)).toBe(true);
  expect(host.since(0).trips).toBeLessThanOrEqual(6);
  expect(ev.completed).toHaveBeenCalledTimes(1);
});

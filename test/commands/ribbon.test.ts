/**
 * @jest-environment jsdom
 */
/** The ribbon's "Kiểm tra ngay": a dialog closed from code, another way when no dialog opens, event.completed() on every path. */
import { takeRibbonNotice } from '../../src/app/notice';
import { CheckNowDeps, DialogUi, RIBBON_NOTICE_KEY, checkNowWith } from '../../src/commands/check-now';
import { FakeHost, FakeSheet, FakeWorkbook } from '../excel/fake-excel';
import { buildAppendix } from '../fixtures/appendix';

type Result = Parameters<NonNullable<Parameters<DialogUi['displayDialogAsync']>[2]>>[0];

function setup(answers: Result[]) {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' } } });
  const host = new FakeHost(new FakeWorkbook([FakeSheet.from(built.sheet)]));
  const calls: string[] = [];
  const closed: number[] = [];
  const handlers = new Map<string, (a: unknown) => void>();
  const ui: DialogUi = {
    displayDialogAsync: (url, _o, cb) => {
      calls.push(url);
      const a = answers.shift()!;
      const value =
        a.status === 'succeeded'
          ? { close: () => closed.push(1), addEventHandler: (t: string, h: (a: unknown) => void) => handlers.set(t, h) }
          : undefined;
      setTimeout(() => cb?.({ ...a, value }), 0);
    },
  };
  const stored = new Map<string, string>();
  const deps: CheckNowDeps = {
    host,
    lang: 'en',
    ui,
    dialogUrl: (line) => `https://example.org/dialog.html?m=${encodeURIComponent(line)}`,
    storage: { setItem: (k, v) => void stored.set(k, v) },
    setTimer: () => undefined,
  };
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { host, built, calls, closed, handlers, stored, deps, event, completed: () => completed };
}

describe('Kiểm tra ngay', () => {
  test('shows the summary in a dialog and closes it from code when the dialog asks', async () => {
    const t = setup([{ status: 'succeeded' }]);
    const done = checkNowWith(t.event, t.deps);
    // The dialog is open: the command waits for it.
    for (let i = 0; i < 500 && !t.handlers.has('dialogMessageReceived'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(t.completed()).toBe(0);
    t.handlers.get('dialogMessageReceived')!({ message: 'close' });
    expect(await done).toBe('dialog');
    expect(t.closed).toEqual([1]);
    expect(t.completed()).toBe(1);
    expect(decodeURIComponent(t.calls[0])).toMatch(/Phụ lục 2.*1 error/);
    // The finding was highlighted.
    expect(t.host.book.sheet('Phụ lục 2').get(t.built.rowOf.get('1.1.2')!, 4).fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
  });

  test('the user closing the dialog completes the command at once, not after the timer', async () => {
    const t = setup([{ status: 'succeeded' }]);
    const done = checkNowWith(t.event, t.deps);
    for (let i = 0; i < 500 && !t.handlers.has('dialogEventReceived'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(t.completed()).toBe(0);
    // 12006: the dialog was closed by the user (the timer is never fired in this test).
    t.handlers.get('dialogEventReceived')!({ error: 12006 });
    expect(await done).toBe('dialog');
    expect(t.completed()).toBe(1);
  });

  test('a dialog still open from an earlier click (12007): tries once more', async () => {
    const t = setup([{ status: 'failed', error: { code: 12007, message: 'open' } }, { status: 'succeeded' }]);
    const done = checkNowWith(t.event, { ...t.deps, setTimer: (f) => f() });
    expect(await done).toBe('dialog');
    expect(t.calls).toHaveLength(2);
    expect(t.completed()).toBe(1);
  });

  test('the dialog is blocked (12009 on the web): the line is kept for the pane and the first finding is selected', async () => {
    const t = setup([{ status: 'failed', error: { code: 12009, message: 'ignored' } }]);
    expect(await checkNowWith(t.event, t.deps)).toBe('kept');
    expect(t.stored.get(RIBBON_NOTICE_KEY)).toMatch(/1 error/);
    expect(t.host.book.selected).toBe(`Phụ lục 2!D${t.built.rowOf.get('1.1.2')}`);
    expect(t.completed()).toBe(1);
  });

  test('Excel refuses the read: the problem’s sentence is shown and the event still completes', async () => {
    const t = setup([{ status: 'succeeded' }]);
    t.host.run = () => Promise.reject(Object.assign(new Error('busy'), { code: 'ActivityLimitReached' }));
    expect(await checkNowWith(t.event, { ...t.deps, setTimer: (f) => f() })).toBe('dialog');
    expect(decodeURIComponent(t.calls[0])).toMatch(/busy/);
    expect(t.completed()).toBe(1);
  });

  test('displayDialogAsync itself throws and storage is off: the event still completes once', async () => {
    const t = setup([]);
    const deps = {
      ...t.deps,
      ui: {
        displayDialogAsync: () => {
          throw new Error('no dialog API');
        },
      },
      storage: {
        setItem: () => {
          throw new Error('denied');
        },
      },
    };
    expect(await checkNowWith(t.event, deps)).toBe('kept');
    expect(t.completed()).toBe(1);
  });

  test('commands.ts registers checkNow with a fake Office global and completes the event', async () => {
    const built = buildAppendix();
    const book = new FakeWorkbook([FakeSheet.from(built.sheet)]);
    const fake = new FakeHost(book);
    let registered: ((e: { completed(): void }) => Promise<void>) | undefined;
    let completed = 0;
    (globalThis as Record<string, unknown>).Excel = { run: (b: never) => fake.run(b) };
    (globalThis as Record<string, unknown>).Office = {
      onReady: (f: () => void) => (f(), Promise.resolve()),
      actions: { associate: (_n: string, f: typeof registered) => (registered = f) },
      context: {
        displayLanguage: 'vi-VN',
        requirements: { isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v) },
        document: { settings: fake.documentSettings },
        ui: {
          displayDialogAsync: (_u: string, _o: unknown, cb: (r: Result) => void) =>
            cb({ status: 'failed', error: { code: 12011, message: 'blocked' } }),
        },
      },
    };
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    expect(registered).toBeDefined();
    await registered!({ completed: () => void completed++ });
    expect(completed).toBe(1);
    expect(window.localStorage.getItem(RIBBON_NOTICE_KEY)).toMatch(/Phụ lục 2/);
    // The pane shows it once.
    expect(takeRibbonNotice(window.localStorage)).toEqual({
      vi: expect.stringMatching(/Phụ lục 2.*lỗi/),
      en: expect.stringMatching(/Phụ lục 2.*error/),
    });
    expect(takeRibbonNotice(window.localStorage)).toBeNull();
  });
});

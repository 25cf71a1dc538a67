/**
 * The real task pane beside a view of the workbook, in any browser: the same WorkbookPort, over the
 * .xlsx engine in memory. Open a workbook with the picker or by dropping it; edit cells in the grid
 * (the pane re-checks after each edit); download the result. The page never scrolls: the grid and
 * the pane each scroll on their own.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, Note, WorkbookPort } from '../core';
import { PREVIEW_EN, PREVIEW_VI, WorkbookError, noteMessage, parseA1 } from '../core';
import { App } from '../taskpane/components/App';
import { UI } from '../taskpane/i18n';
import { ACTIONS } from '../app/actions';
import { localFeed } from '../app/changes';
import { Grid } from './Grid';
import { WorkerStopped } from './remote';
import type { RemoteFile, workbooks } from './remote';
import type { SheetView } from './sheet-view';
import type { OpenStage } from './workbook-service';

/** What a user types into a cell, as Excel in their language would store it: 100 and 99,1 (vi) are numbers. */
export function typedValue(text: string, lang: Lang): string | number | null {
  const s = text.trim();
  if (s === '') return null;
  const [group, mark] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const esc = (c: string) => `\\${c}`;
  const re = new RegExp(`^-?(\\d{1,3}(${esc(group)}\\d{3})+|\\d+)(${esc(mark)}\\d+)?$`);
  if (!re.test(s)) return text;
  return Number(s.split(group).join('').replace(mark, '.'));
}

/** What went wrong, coded: drawn in the language shown. Opening a file that fails names it and the workbook still shown. */
interface Trouble {
  why: Note | 'stopped';
  file?: string;
  shown?: string;
}

/** The coded reason of a failure: the file's problem, the worker stopping, or a fault of the product. */
function troubleOf(e: unknown): Trouble['why'] {
  if (e instanceof WorkbookError) return { code: 'failed', problem: e.problem };
  if (e instanceof WorkerStopped) return 'stopped';
  return { code: 'unexpected', detail: String((e as Error)?.message ?? e) };
}

interface PreviewProps {
  /** Where files are opened (a worker). */
  books: ReturnType<typeof workbooks>;
  initial: RemoteFile;
  /** The initial file's first sheet, laid out. */
  initialView: SheetView | null;
  lang: Lang;
}

export function Preview({ books, initial, initialView, lang: initialLang }: PreviewProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [opened, setOpened] = useState<RemoteFile>(initial);
  const [view, setView] = useState<SheetView | null>(initialView);
  // A new pane for each opened file; changes to the workbook keep the pane (and its report).
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [active, setActive] = useState<string>(initial.sheets[0] ?? '');
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped when the pane selects a cell (a finding clicked): the grid takes the focus, so typing goes to it.
  const [focusGrid, setFocusGrid] = useState(0);
  const [changed, setChanged] = useState(false);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [opening, setOpening] = useState<{ name: string; stage: OpenStage } | null>(null);
  // Several files being consolidated: how many are read of the total; then what the consolidation did.
  const [reading, setReading] = useState<{ read: number; total: number } | null>(null);
  const [made, setMade] = useState<Note[]>([]);
  // Cells typed but not yet read back from the file ('Sheet!A1' → text): a large sheet takes a moment.
  const [pending, setPending] = useState<Map<string, { text: string; seq: number }>>(new Map());
  const typed = useRef(0);
  const written = useRef(0);
  const t = UI[lang];
  const w = lang === 'vi' ? PREVIEW_VI : PREVIEW_EN;
  const changes = useMemo(() => localFeed(true), []);
  const fail = useCallback((e: unknown) => setTrouble({ why: troubleOf(e) }), []);

  // The port the pane uses: the .xlsx engine's, telling the view about every change and selection.
  const port = useMemo<WorkbookPort>(() => {
    const inner = opened.port;
    return {
      probe: () => inner.probe(),
      load: (regions) => inner.load(regions),
      readFills: (cells) => inner.readFills(cells),
      apply: async (plan) => {
        await inner.apply(plan);
        if (plan.activate) {
          setActive(plan.activate.sheet);
          setSelected(plan.activate.cell ?? null);
        }
        setChanged(true);
        setVersion((v) => v + 1);
      },
      select: async (sheet, cell) => {
        setActive(sheet);
        setSelected(cell);
        setFocusGrid((n) => n + 1);
      },
    };
  }, [opened]);

  /** Shows a workbook's bytes: opened in the worker, its first sheet laid out, a new pane beside it. */
  const show = useCallback(
    async (name: string, bytes: Uint8Array, fresh: boolean) => {
      const next = await books.open(name, bytes, (stage) => setOpening({ name, stage }));
      const first = next.sheets[0] ?? '';
      const firstView = first ? await next.view(first) : null;
      setOpened(next);
      setView(firstView);
      setPending(new Map());
      setGeneration((g) => g + 1);
      setActive(first);
      setSelected(null);
      // A workbook the preview made (the consolidation) is new: it can be downloaded as it is.
      setChanged(fresh);
      setTrouble(null);
    },
    [books],
  );

  const open = useCallback(
    async (file: File) => {
      setOpening({ name: file.name, stage: 'read' });
      setMade([]);
      try {
        await show(file.name, new Uint8Array(await file.arrayBuffer()), false);
      } catch (e) {
        setTrouble({ why: troubleOf(e), file: file.name, shown: opened.name });
      } finally {
        setOpening(null);
      }
    },
    [show, opened.name],
  );

  /** Several files: consolidated into a new workbook (as `cchc consolidate` writes it), then shown. */
  const consolidate = useCallback(
    async (files: File[]) => {
      setReading({ read: 0, total: files.length });
      setMade([]);
      try {
        const picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const o = await ACTIONS.consolidateWorkbook(picked, { lang, onProgress: setReading });
        if (o.status !== 'done' || !o.bytes) {
          setTrouble({ why: o.notes[0] ?? { code: 'unexpected', detail: o.status }, shown: opened.name });
          return;
        }
        await show(w.consolidatedName(o.year ?? null), o.bytes, true);
        setMade(o.notes);
      } catch (e) {
        setTrouble({ why: troubleOf(e), shown: opened.name });
      } finally {
        setReading(null);
      }
    },
    [show, opened.name, lang, w],
  );

  /** Files picked or dropped: one is opened, several are consolidated. */
  const take = useCallback(
    (list: FileList | null | undefined) => {
      const files = Array.from(list ?? []);
      if (files.length === 1) void open(files[0]);
      else if (files.length > 1) void consolidate(files);
    },
    [open, consolidate],
  );

  const download = useCallback(async () => {
    let buf: Uint8Array;
    try {
      // Read back and compared with the opened file: a difference beyond what was written saves nothing.
      buf = await opened.download();
    } catch (e) {
      fail(e);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([buf as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = opened.name.replace(/\.xlsx$/i, '') + '-cchc.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }, [opened, fail]);

  const sheets = opened.sheets;
  const sheetName = sheets.includes(active) ? active : sheets[0];
  // `version` says the package changed: the view is read again (the one on screen stays until then).
  useEffect(() => {
    let live = true;
    if (!sheetName) setView(null);
    else {
      // The edits written before this read are in the view it returns: their typed text can go.
      const upto = written.current;
      opened.view(sheetName).then(
        (v) => {
          if (!live) return;
          setView(v);
          setPending((p) => new Map([...p].filter(([, e]) => e.seq > upto)));
        },
        (e) => live && fail(e),
      );
    }
    return () => {
      live = false;
    };
  }, [opened, sheetName, version, fail]);

  /** A cell typed in the grid: written as Excel would store it, then the pane re-checks (if following edits). */
  const edit = useCallback(
    async (cell: string, text: string) => {
      if (!view) return;
      const value = typedValue(text, lang);
      const { row, col } = parseA1(cell);
      const before = view.cell(row, col, lang)?.text ?? '';
      if (before === text.trim()) return;
      // Shown at once as typed; the cell as the file stores it replaces it when the sheet is read again.
      const seq = ++typed.current;
      const key = `${view.name}!${cell}`;
      setPending((p) => new Map(p).set(key, { text: text.trim(), seq }));
      try {
        await opened.edit(view.name, cell, value);
      } catch (e) {
        setPending((p) => new Map([...p].filter(([k, x]) => !(k === key && x.seq === seq))));
        fail(e);
        return;
      }
      written.current = Math.max(written.current, seq);
      setChanged(true);
      setVersion((v) => v + 1);
      changes.emit();
    },
    [view, opened, lang, changes, fail],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'} className="preview-root">
      <div
        className="preview"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          take(e.dataTransfer.files);
        }}
      >
        <section className="book" aria-label={opened.name}>
          <header className="bar">
            <Text weight="semibold" className="file">
              {opened.name}
            </Text>
            <Text size={200}>{w.title}</Text>
            <label className="picker">
              <input
                type="file"
                accept=".xlsx"
                multiple
                data-testid="file-input"
                onChange={(e) => {
                  take(e.target.files);
                  // The same file can be picked again (a change needs a new value).
                  e.target.value = '';
                }}
              />
              <span>{w.open}</span>
            </label>
            <Text size={200}>
              {w.drop} · {w.several}
            </Text>
            <Button size="small" onClick={download} disabled={!changed}>
              {w.download}
            </Button>
            {opening && <Spinner size="extra-tiny" label={w.opening(opening.name, opening.stage)} />}
            {reading && <Spinner size="extra-tiny" label={t.progress(reading.read, reading.total)} />}
          </header>
          {made.length > 0 && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.titles.success}</MessageBarTitle>
                {made.map((n) => noteMessage(n, lang)).join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          {trouble && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.titles.error}</MessageBarTitle>
                {[
                  trouble.file ? `${trouble.file}:` : '',
                  trouble.why === 'stopped' ? w.stopped : noteMessage(trouble.why, lang),
                  trouble.shown ? w.stillShown(trouble.shown) : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          {view && (
            <Grid
              key={`${generation}:${view.name}`}
              view={view}
              lang={lang}
              selected={sheetName === active ? selected : null}
              version={version}
              pending={pending}
              onSelect={(cell) => {
                setActive(view.name);
                setSelected(cell);
              }}
              onEdit={(cell, text) => void edit(cell, text)}
              focusSignal={focusGrid}
              onFocused={() => setFocusGrid(0)}
              label={w.grid(view.name)}
              editLabel={w.edit}
            />
          )}
          {/* A plain tab list (roving focus, arrows): Fluent's adds focus guards hidden from assistive technology. */}
          <div role="tablist" aria-label={w.sheets} className="tabs">
            {sheets.map((s, i) => (
              <button
                key={s}
                type="button"
                role="tab"
                className="tab"
                aria-selected={s === sheetName}
                tabIndex={s === sheetName ? 0 : -1}
                onClick={() => {
                  setActive(s);
                  setSelected(null);
                }}
                onKeyDown={(e) => {
                  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (!step) return;
                  e.preventDefault();
                  const next = sheets[(i + step + sheets.length) % sheets.length];
                  setActive(next);
                  setSelected(null);
                  const tabs = e.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('[role="tab"]');
                  tabs?.[(i + step + sheets.length) % sheets.length]?.focus();
                }}
              >
                {s}
              </button>
            ))}
          </div>
        </section>
        <aside className="pane-frame">
          <App key={generation} port={port} actions={ACTIONS} initialLang={lang} lang={lang} onLang={setLang} changes={changes} />
        </aside>
      </div>
    </FluentProvider>
  );
}

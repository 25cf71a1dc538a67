/**
 * The pane's state and its actions: each button runs one action of the action layer and keeps its
 * outcome as it came, coded. Sentences are made when the pane is drawn, in the language shown.
 */
import { useCallback, useRef, useState } from 'react';
import type { FindingOut, Lang, Note, QuickFix, Report, WorkbookPort } from '../core';
import { formatNumber, noteTone } from '../core';
import type { Actions, Outcome, PickedFile } from '../app/actions';

export type Busy =
  'check' | 'fill' | 'clear' | 'select' | 'remediation' | 'rubric' | 'fix' | 'undo' | 'consolidate' | 'compare' | 'unicode' | null;

export interface PaneState {
  report: Report | null;
  busy: Busy;
  /** What the last action did, or why it did not, coded (a question `ask-replace` among them). */
  notes: Note[];
  /** The quick fix of each finding that has one, by `quickFixKey`. */
  fixes: Map<string, QuickFix>;
  /** True when the workbook holds a change Hoàn tác can take back. */
  canUndo: boolean;
  /** Files read of the total, while Tổng hợp từ các tệp reads them. */
  progress: { read: number; total: number } | null;
}

/** Which notes a dismiss button closes: by how they are shown; `ask` is the question. */
export type NoteGroup = 'error' | 'warning' | 'success' | 'ask';

export function noteGroup(n: Note): NoteGroup {
  return n.code === 'ask-replace' || n.code === 'ask-replace-sheets' ? 'ask' : noteTone(n);
}

const NO_FIXES = new Map<string, QuickFix>();

/** Change events this soon after the pane's own write are its echo, not the user's typing. */
const OWN_ECHO_MS = 300;

/** A figure as the reader writes it: 99,1 in Vietnamese, 99.1 in English; text quoted. */
export function figure(x: string | number, lang: Lang, unit = ''): string {
  return typeof x === 'number' ? `${formatNumber(x, lang)}${unit}` : `“${x}”`;
}

export function usePane(port: WorkbookPort, actions: Actions, lang: Lang) {
  const [state, setState] = useState<PaneState>({ report: null, busy: null, notes: [], fixes: NO_FIXES, canUndo: false, progress: null });
  /** The action a question (replace the product's earlier sheets?) is about, run again with the user's yes. */
  const asked = useRef<((replace: boolean) => void) | null>(null);
  /** When the last action ended and whether one runs: change events caused by the pane's own writes are ignored. */
  const activity = useRef({ running: false, endedAt: 0 });
  const checkedOnce = useRef(false);

  /** Runs an action and keeps what its outcome says; a fault of the product itself becomes an `unexpected` note. */
  const run = useCallback(async (busy: Exclude<Busy, null>, action: () => Promise<Outcome>) => {
    activity.current.running = true;
    setState((s) => ({ ...s, busy, notes: [], progress: null }));
    try {
      const o = await action();
      if (o.fixes) checkedOnce.current = true;
      setState((s) => ({
        ...s,
        busy: null,
        progress: null,
        notes: o.notes,
        ...(o.report ? { report: o.report } : {}),
        ...(o.fixes ? { fixes: o.fixes } : {}),
        ...(o.canUndo !== undefined ? { canUndo: o.canUndo } : {}),
      }));
    } catch (e) {
      setState((s) => ({ ...s, busy: null, progress: null, notes: [{ code: 'unexpected', detail: String((e as Error)?.message ?? e) }] }));
    } finally {
      activity.current = { running: false, endedAt: Date.now() };
    }
  }, []);

  // The findings show at once; the highlights follow.
  const showReport = useCallback((report: Report) => setState((s) => ({ ...s, report })), []);
  const checkNow = useCallback(
    () => run('check', () => actions.check(port, { lang, onReport: showReport })),
    [run, actions, port, lang, showReport],
  );

  /** The re-check after the user's edits: the same check, only once the pane has checked at least once. */
  const followEdit = useCallback(
    (editedAt: number) => {
      const a = activity.current;
      if (a.running || editedAt < a.endedAt + OWN_ECHO_MS) return;
      if (checkedOnce.current) void checkNow();
    },
    [checkNow],
  );

  const fillRatios = useCallback(() => run('fill', () => actions.fillRatios(port, { lang })), [run, actions, port, lang]);
  const clearHighlights = useCallback(() => run('clear', () => actions.clearHighlights(port)), [run, actions, port]);
  /** Adds the remediation sheet; `replace` is the user's yes to the question about the product's earlier one. */
  const createRemediation = useCallback(
    (replace = false) => {
      asked.current = (yes) => void run('remediation', () => actions.remediation(port, { lang, replace: yes }));
      return run('remediation', () => actions.remediation(port, { lang, replace }));
    },
    [run, actions, port, lang],
  );
  /** Tổng hợp từ các tệp: the picked files consolidated into this workbook, files read shown as they go. */
  const consolidate = useCallback(
    (files: PickedFile[]) => {
      const go = (replace: boolean) =>
        run('consolidate', () =>
          actions.consolidateInto(port, files, { lang, replace, onProgress: (progress) => setState((s) => ({ ...s, progress })) }),
        );
      asked.current = (yes) => void go(yes);
      return go(false);
    },
    [run, actions, port, lang],
  );
  /** So với năm trước: this workbook beside last year's file; the changes come with the report. */
  const compare = useCallback(
    (previous: PickedFile) => run('compare', () => actions.compareWith(port, previous, { lang })),
    [run, actions, port, lang],
  );
  /** The user's yes to the question asked: the action that asked, run again replacing the product's earlier sheets. */
  const replaceAsked = useCallback(() => asked.current?.(true), []);
  /** Shows the "Thang điểm" sheet, creating it from the defaults when the workbook has none. */
  const openRubric = useCallback(() => run('rubric', () => actions.scoringSheet(port, { mode: 'open' })), [run, actions, port]);
  const quickFix = useCallback((f: FindingOut) => run('fix', () => actions.quickFix(port, f, { lang })), [run, actions, port, lang]);
  /** Chuyển sang Unicode: every text typed in TCVN3 or VNI becomes Unicode in its Unicode font; Hoàn tác takes it back. */
  const toUnicode = useCallback(() => run('unicode', () => actions.toUnicode(port, { lang })), [run, actions, port, lang]);
  const undo = useCallback(() => run('undo', () => actions.undo(port, { lang })), [run, actions, port, lang]);
  const select = useCallback((f: FindingOut) => run('select', () => actions.select(port, f.sheet, f.cell)), [run, actions, port]);
  const dismiss = useCallback((group: NoteGroup) => setState((s) => ({ ...s, notes: s.notes.filter((n) => noteGroup(n) !== group) })), []);

  return {
    state,
    checkNow,
    followEdit,
    fillRatios,
    clearHighlights,
    createRemediation,
    consolidate,
    compare,
    replaceAsked,
    openRubric,
    quickFix,
    toUnicode,
    undo,
    dismiss,
    select,
  };
}

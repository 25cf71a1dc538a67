/**
 * A spreadsheet view of one sheet: frozen row and column headers, only the cells in view drawn (any
 * row and column reachable), merged cells, fills, the selected cell kept in view by scrolling the
 * grid alone (never the page). Double-click, F2 or typing edits a cell; Enter commits, Esc cancels.
 */
import { type KeyboardEvent, type ReactElement, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../core';
import { columnLetters, parseA1, parseRange, toA1 } from '../core';
import { clipped, spillCols } from './sheet-view';
import type { SheetView, ViewCell } from './sheet-view';

const HEAD_W = 44;
const HEAD_H = 22;
/** Rows and columns drawn beyond the window, so scrolling shows no gaps. */
const OVERSCAN = 4;
/** A spreadsheet goes on past its last used cell. */
const EXTRA_ROWS = 200;
const EXTRA_COLS = 10;

export interface GridProps {
  view: SheetView;
  selected: string | null;
  lang: Lang;
  /** Bumped whenever the workbook changed, so the view re-reads it. */
  version: number;
  onSelect: (cell: string) => void;
  /** Cells typed but not yet read back ('Sheet!A1' → text), drawn as typed. */
  pending?: Map<string, { text: string }>;
  /** The text the user typed into a cell; undefined while the sheet is read-only. */
  onEdit?: (cell: string, text: string) => void;
  /** Set above 0 to move the focus to the grid (a finding clicked in the pane); cleared through onFocused. */
  focusSignal?: number;
  onFocused?: () => void;
  /** Accessible name of the grid and of the editor. */
  label: string;
  editLabel: (cell: string) => string;
}

/** Prefix sums of sizes: offsets[i] is where item i+1 starts (offsets[0] = 0). */
function offsets(n: number, size: (i: number) => number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) out[i] = out[i - 1] + size(i);
  return out;
}

/** The 1-based item at a position. */
function indexAt(off: Float64Array, pos: number): number {
  let lo = 1;
  let hi = off.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (off[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function Grid({ view, selected, lang, version, pending, onSelect, onEdit, focusSignal, onFocused, label, editLabel }: GridProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ top: 0, left: 0, width: 800, height: 600 });
  const [editing, setEditing] = useState<{ cell: string; text: string } | null>(null);
  const sel = selected ? parseA1(selected) : null;
  const rows = Math.max(view.rows + EXTRA_ROWS, sel ? sel.row + EXTRA_ROWS : 0);
  const cols = Math.max(view.cols + EXTRA_COLS, 26, sel ? sel.col + EXTRA_COLS : 0);
  const rowOff = useMemo(() => offsets(rows, view.rowHeight), [view, rows, version]);
  const colOff = useMemo(() => offsets(cols, view.colWidth), [view, cols, version]);

  const merges = useMemo(() => view.merges.map((m) => parseRange(m)), [view, version]);
  const covered = useMemo(() => {
    const set = new Set<string>();
    for (const r of merges) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) set.add(`${i},${j}`);
    return set;
  }, [merges]);

  const measure = useCallback(() => {
    const el = ref.current;
    if (el) setBox({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    measure();
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);

  // The selected cell scrolled into view inside the grid only.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !sel) return;
    const top = rowOff[sel.row - 1];
    const bottom = rowOff[sel.row];
    const left = colOff[sel.col - 1];
    const right = colOff[sel.col];
    const viewH = el.clientHeight - HEAD_H;
    const viewW = el.clientWidth - HEAD_W;
    const fh = rowOff[Math.min(view.frozen.rows, rows)];
    const fw = colOff[Math.min(view.frozen.cols, cols)];
    if (sel.row > view.frozen.rows && (top - el.scrollTop < fh || bottom > el.scrollTop + viewH))
      el.scrollTop = Math.max(0, top - fh - (viewH - fh) / 3);
    if (sel.col > view.frozen.cols && (left - el.scrollLeft < fw || right > el.scrollLeft + viewW))
      el.scrollLeft = Math.max(0, left - fw - (viewW - fw) / 3);
    measure();
  }, [selected, view, version]);

  // Focus asked for by the pane: F2, Enter and typing then act on the selected cell.
  useEffect(() => {
    if (!focusSignal || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    onFocused?.();
  }, [focusSignal]);

  const r0 = Math.max(1, indexAt(rowOff, box.top) - OVERSCAN);
  const r1 = Math.min(rows, indexAt(rowOff, box.top + box.height) + OVERSCAN);
  const c0 = Math.max(1, indexAt(colOff, box.left) - OVERSCAN);
  const c1 = Math.min(cols, indexAt(colOff, box.left + box.width) + OVERSCAN);
  // Frozen panes: the first rows and columns stay in place while the rest scrolls (drawn at the scroll offset).
  const fr = Math.min(view.frozen.rows, rows);
  const fc = Math.min(view.frozen.cols, cols);
  const rowList: number[] = [];
  for (let r = 1; r <= fr; r++) rowList.push(r);
  for (let r = Math.max(r0, fr + 1); r <= r1; r++) rowList.push(r);
  const colList: number[] = [];
  for (let c = 1; c <= fc; c++) colList.push(c);
  for (let c = Math.max(c0, fc + 1); c <= c1; c++) colList.push(c);

  // Esc cancels: the blur that follows (focus back to the grid) must not commit the text.
  const cancelled = useRef(false);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (editing && onEdit) onEdit(editing.cell, editing.text);
    setEditing(null);
    ref.current?.focus();
  };

  const move = (dr: number, dc: number) => {
    const at = sel ?? { row: 1, col: 1 };
    onSelect(toA1({ row: Math.max(1, at.row + dr), col: Math.max(1, at.col + dc) }));
  };

  const startEdit = (cell: string, text?: string) => {
    if (!onEdit) return;
    const { row, col } = parseA1(cell);
    cancelled.current = false;
    setEditing({ cell, text: text ?? view.cell(row, col, lang)?.text ?? '' });
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const keys: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    if (keys[e.key]) {
      e.preventDefault();
      move(...keys[e.key]);
    } else if (e.key === 'F2' && selected) {
      e.preventDefault();
      startEdit(selected);
    } else if (selected && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(selected, e.key);
    }
  };

  // Cells grouped by row (role="row", laid out as if absent), so the grid reads as rows of cells.
  const byRow = new Map<number, ReactElement[]>();
  const drawn = new Set<string>();
  const place = (top: number, left: number, bottom: number, right: number) => ({
    top: HEAD_H + rowOff[top - 1] + (top <= fr ? box.top : 0),
    left: HEAD_W + colOff[left - 1] + (left <= fc ? box.left : 0),
    height: rowOff[bottom] - rowOff[top - 1],
    width: colOff[right] - colOff[left - 1],
  });
  const drawCell = (r: number, c: number, pos: ReturnType<typeof place>) => {
    const address = toA1({ row: r, col: c });
    const typed = pending?.get(`${view.name}!${address}`);
    const shown = view.cell(r, c, lang);
    // A typed cell keeps its look (fill, bold) and shows the text as typed until it is read back.
    const v: ViewCell | null = typed ? { ...shown, text: typed.text, number: false, formula: undefined } : shown;
    // Text wider than its cell runs on over empty neighbours, as in Excel.
    const spill =
      v && !typed && pos.width === colOff[c] - colOff[c - 1] ? spillCols(view, r, c, lang, (i, j) => covered.has(`${i},${j}`)) : 0;
    const room = colOff[c - 1 + spill + 1] - colOff[c - 1] + (pos.width - (colOff[c] - colOff[c - 1]));
    const cut = !!v?.text && clipped(v.text, room, pos.height, !!v.wrap);
    if (!byRow.has(r)) byRow.set(r, []);
    byRow.get(r)!.push(
      <div
        key={address}
        role="gridcell"
        data-cell={address}
        aria-selected={address === selected}
        className={`c${r <= fr || c <= fc ? ' frozen' : ''}${r <= fr && c <= fc ? ' corner' : ''}${address === selected ? ' selected' : ''}${typed ? ' pending' : ''}${v?.number ? ' num' : ''}${v?.wrap ? ' wrap' : ''}${spill ? ' spill' : ''}`}
        style={{
          ...pos,
          background: v?.fill ?? (r <= fr || c <= fc ? '#fff' : undefined),
          fontWeight: v?.bold ? 600 : undefined,
          fontStyle: v?.italic ? 'italic' : undefined,
        }}
        title={v?.formula ?? (cut ? v?.text : undefined)}
        onMouseDown={() => onSelect(address)}
        onDoubleClick={() => startEdit(address)}
      >
        {spill ? (
          <span className="t" style={{ maxWidth: room - 8, background: v?.fill ?? '#fff' }}>
            {v?.text}
          </span>
        ) : (
          v?.text
        )}
      </div>,
    );
  };
  for (const m of merges) {
    if ((m.bottom < r0 && m.top > fr) || m.top > r1 || (m.right < c0 && m.left > fc) || m.left > c1) continue;
    drawCell(m.top, m.left, place(m.top, m.left, m.bottom, m.right));
    drawn.add(`${m.top},${m.left}`);
  }
  for (const r of rowList)
    for (const c of colList) if (!covered.has(`${r},${c}`) && !drawn.has(`${r},${c}`)) drawCell(r, c, place(r, c, r, c));

  const colHeads: ReactElement[] = [];
  for (const c of colList)
    colHeads.push(
      <div
        key={c}
        role="columnheader"
        className={`h${sel?.col === c ? ' on' : ''}${c <= fc ? ' frozen' : ''}`}
        style={{ left: HEAD_W + colOff[c - 1] + (c <= fc ? box.left : 0), width: colOff[c] - colOff[c - 1] }}
      >
        {columnLetters(c)}
      </div>,
    );
  const rowHeads: ReactElement[] = [];
  for (const r of rowList)
    rowHeads.push(
      <div
        key={r}
        className={`h${sel?.row === r ? ' on' : ''}${r <= fr ? ' frozen' : ''}`}
        style={{ top: rowOff[r - 1] + (r <= fr ? box.top : 0), height: rowOff[r] - rowOff[r - 1] }}
      >
        {r}
      </div>,
    );

  const width = HEAD_W + colOff[cols];
  const height = HEAD_H + rowOff[rows];
  const edit = editing ? parseA1(editing.cell) : null;
  return (
    <div
      className="grid"
      ref={ref}
      role="grid"
      aria-label={label}
      aria-rowcount={rows}
      aria-colcount={cols}
      tabIndex={0}
      data-version={version}
      onScroll={measure}
      onKeyDown={onKey}
    >
      <div className="canvas" style={{ width, height }}>
        <div className="colheads" role="row" style={{ width }}>
          <div className="corner" aria-hidden="true" />
          {colHeads}
        </div>
        {/* Row numbers: each cell's name already says its row. */}
        <div className="rowheads" aria-hidden="true" style={{ height: rowOff[rows] }}>
          {rowHeads}
        </div>
        {[...byRow.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([r, cs]) => (
            <div key={r} role="row" aria-rowindex={r + 1} className="row">
              {cs}
            </div>
          ))}
        {editing && edit && (
          <input
            className="editor"
            aria-label={editLabel(editing.cell)}
            autoFocus
            value={editing.text}
            style={place(edit.row, edit.col, edit.row, edit.col)}
            onChange={(e) => setEditing({ cell: editing.cell, text: e.target.value })}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
                move(1, 0);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancelled.current = true;
                setEditing(null);
                ref.current?.focus();
              }
            }}
          />
        )}
      </div>
    </div>
  );
}

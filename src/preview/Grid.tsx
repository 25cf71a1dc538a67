/** A read-only view of an ExcelJS worksheet: cells, merged cells, fills (highlights), the selected cell. */
import type ExcelJS from 'exceljs';
import { useEffect, useRef } from 'react';
import { columnLetters, parseRange } from '../core';
import { mergesOf, toCellFill } from '../xlsx/read';

const MAX_ROWS = 400;
const MAX_COLS = 30;

export interface GridProps {
  sheet: ExcelJS.Worksheet;
  selected: string | null;
  /** Bumped whenever the workbook changed, so the view re-reads it. */
  version: number;
}

function widthOf(ws: ExcelJS.Worksheet, col: number): number {
  const w = ws.getColumn(col).width;
  return Math.round((w ?? 9) * 7 + 5);
}

export function Grid({ sheet, selected, version }: GridProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    const el = ref.current?.querySelector(`[data-cell="${selected}"]`) as HTMLElement | null;
    el?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [selected, version]);
  const rows = Math.min(Math.max(sheet.actualRowCount ? sheet.rowCount : 1, 1), MAX_ROWS);
  const cols = Math.min(Math.max(sheet.columnCount, 1), MAX_COLS);
  // Merged areas: the top-left cell spans; the others are not drawn.
  const span = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of mergesOf(sheet)) {
    const r = parseRange(m);
    span.set(`${r.top},${r.left}`, { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    for (let i = r.top; i <= r.bottom; i++)
      for (let j = r.left; j <= r.right; j++) if (i !== r.top || j !== r.left) covered.add(`${i},${j}`);
  }
  const body = [];
  for (let r = 1; r <= rows; r++) {
    const tds = [<th key="h">{r}</th>];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.findCell(r, c);
      const address = `${columnLetters(c)}${r}`;
      const s = span.get(`${r},${c}`);
      const fill = toCellFill(cell?.fill);
      const text = cell ? cell.text : '';
      tds.push(
        <td
          key={c}
          data-cell={address}
          rowSpan={s?.rows}
          colSpan={s?.cols}
          className={address === selected ? 'selected' : undefined}
          style={{ background: fill ? fill.color : undefined, fontWeight: cell?.font?.bold ? 600 : undefined }}
          title={cell?.formula ? `=${cell.formula.replace(/_xlfn\./g, '')}` : undefined}
        >
          {text}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <div className="grid" ref={ref} data-version={version}>
      <table>
        <colgroup>
          <col style={{ width: 40 }} />
          {Array.from({ length: cols }, (_, j) => (
            <col key={j} style={{ width: widthOf(sheet, j + 1) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th />
            {Array.from({ length: cols }, (_, j) => (
              <th key={j}>{columnLetters(j + 1)}</th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

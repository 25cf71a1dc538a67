/** What the product writes, described as data: only an adapter's `apply` touches a workbook. */
import { CellFill, ProductState } from './snapshot';

export interface CellWrite {
  sheet: string;
  cell: string;
  /** A live formula; `value` is then its cached result. */
  formula?: string;
  value?: string | number;
  /**
   * Write `value` as text, so that "- kế hoạch" or "=…" is never taken for a formula. With a
   * `numberFormat` too, the text goes in as text and the cell then keeps that format (undo puts
   * back "98,50" typed as text in a General cell).
   */
  asText?: boolean;
  numberFormat?: string;
}

export interface FillWrite {
  sheet: string;
  cell: string;
  /** null removes the fill. */
  fill: CellFill | null;
}

export interface NewSheetPlan {
  name: string;
  /** Rows of cells from A1; strings are written as text. */
  rows: (string | number | null)[][];
  merges: string[];
  columnWidths: number[];
  boldRows: number[];
  wrap: boolean;
  borders: string | null;
  freezeRows: number;
  landscape: boolean;
  /** Rows repeated at the top of every printed page ("1:5"). */
  printTitleRows: string | null;
}

export interface WritePlan {
  cells: CellWrite[];
  fills: FillWrite[];
  newSheet?: NewSheetPlan;
  /** The product's state to store in the workbook; null removes it; undefined leaves it. */
  state?: ProductState | null;
  /** Sheet (and cell) to show when done. */
  activate?: { sheet: string; cell?: string };
}

/** A finishing touch of a new sheet or a highlight that some Excel versions cannot apply (the data is written all the same). */
export type FinishingTouch = 'column-widths' | 'merges' | 'freeze-panes' | 'page-layout' | 'fill-pattern';

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
  /** The font the cell takes, by name; its size, weight, slant and colour are kept (a conversion to Unicode). */
  fontName?: string;
  /**
   * The cell is rich text: each run's new text and font name (null: the cell's own), in the cell's
   * order; every run keeps its other formatting. `value` is their text joined.
   */
  runs?: { text: string; font: string | null }[];
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
  /** Columns frozen at the left (the code and title of a criterion), with the rows. */
  freezeCols?: number;
  landscape: boolean;
  /** The range printed ("A1:G40"); the whole sheet when absent. Printed fitted to the page's width. */
  printArea?: string;
  /** Rows repeated at the top of every printed page ("1:5"). */
  printTitleRows: string | null;
  /** Replace a sheet of this name the product made earlier (the caller checked it is the product's). */
  replaces?: boolean;
  /** The font of every cell (a document to print: "Times New Roman", 12). */
  font?: { name: string; size: number };
  /** Styles over ranges ("A1:F1", "D9"), applied in order after the font. */
  styles?: RangeStyle[];
  /** Row heights in points, by 1-based row; rows not listed keep the host's default. */
  rowHeights?: Record<number, number>;
  /** Paper for printing; the adapters' default is A4. */
  paper?: 'A4';
  /** Page numbers centred in the footer ("Trang 1/3"). */
  pageNumbers?: boolean;
  /** Manual page breaks: a new printed page starts at each of these 1-based rows. */
  pageBreaksBefore?: number[];
}

/** The footer of a printed document with page numbers, in Excel's header/footer codes ("Trang 1/3"). */
/** The margins (inches) of a document sheet (one with its own font): the official layout, centred across the page. */
export const DOCUMENT_MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export const PAGE_NUMBER_FOOTER = 'Trang &P/&N';

/** A sheet of plain rows: no widths, styles, borders or print settings. */
export function plainSheet(name: string, rows: NewSheetPlan['rows'], merges: string[] = []): NewSheetPlan {
  return {
    name,
    rows,
    merges,
    columnWidths: [],
    boldRows: [],
    wrap: false,
    borders: null,
    freezeRows: 0,
    landscape: false,
    printTitleRows: null,
  };
}

export interface RangeStyle {
  range: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  fill?: CellFill;
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
export type FinishingTouch = 'column-widths' | 'row-heights' | 'merges' | 'freeze-panes' | 'page-layout' | 'fill-pattern';

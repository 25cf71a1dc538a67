/**
 * What the product writes, described as data (a WritePlan); only an adapter's `apply` touches a workbook.
 * Nothing the user typed is ever overwritten: values go only into empty cells, highlights record the
 * fill they replace, and a new sheet never replaces an existing one.
 */
import type { CompareRefusal } from '../combine/compare';
import { parseA1 } from '../figures/address';
import { Derived } from '../derive/derive';
import { Severity } from '../rules/findings';
import type { Report } from '../report-types';
import { changeFills } from './changes';
import { CellWrite, FillWrite, WritePlan } from '../workbook/write-plan';
import {
  HighlightKind,
  HighlightRecord,
  ProductState,
  SheetSnapshot,
  WorkbookSnapshot,
  cellAt,
  fillAt,
  formulaAt,
} from '../workbook/snapshot';

export const HIGHLIGHT_COLORS: Record<HighlightKind, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  below: '#F8CBAD',
  filled: '#C6EFCE',
};

/** Why a plan cannot be made; the workbook is left as it is. */
export type PlanRefusal =
  | { refused: 'protected'; sheet: string }
  | { refused: 'not-recognized' }
  | { refused: 'rubric-invalid' }
  /** The product made this sheet before: replacing it needs the user's yes (the pane asks; the CLI's --force). */
  | { refused: 'sheet-exists'; sheet: string }
  /** A sheet of that name is the user's: the product never replaces it. */
  | { refused: 'user-sheet'; sheet: string }
  /** The stored state (what was highlighted and filled) cannot be read: nothing is coloured over it. */
  | { refused: 'state-unreadable'; reason: 'damaged' | 'newer' }
  /** Hoàn tác with nothing recorded to undo. */
  | { refused: 'nothing-to-undo' }
  /** The cell was edited after the product wrote it: undoing would lose what the user typed. */
  | { refused: 'changed-since'; sheet: string; cell: string }
  /** The finding has no single correction any more (the workbook changed since the check). */
  | { refused: 'no-quick-fix' }
  /** Last year's workbook cannot be set beside this one (the remediation plan's trend). */
  | { refused: 'previous'; why: CompareRefusal };

/** The refusal for a workbook whose stored state could not be read, or null. */
function stateRefusal(wb: WorkbookSnapshot): PlanResult | null {
  return wb.stateProblem ? { ok: false, refused: 'state-unreadable', reason: wb.stateProblem } : null;
}

/**
 * A plan, or why none. `skipped` lists `sheet!cell` left alone; `unreadFills` those of them skipped only
 * because their own fill was not read (read it and plan again).
 */
export type PlanResult = { ok: true; plan: WritePlan; skipped: string[]; unreadFills?: string[] } | ({ ok: false } & PlanRefusal);

function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return wb.sheets.find((s) => s.name === name);
}

export function emptyState(wb: WorkbookSnapshot): ProductState {
  const s = wb.state;
  return {
    ...(s ?? {}),
    version: 1,
    highlights: [...(s?.highlights ?? [])],
    filled: [...(s?.filled ?? [])],
    ...(s?.sheets ? { sheets: [...s.sheets] } : {}),
  };
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** A cell the product may write into: empty, or filled by the product itself. */
export function isWritable(wb: WorkbookSnapshot, sheet: SheetSnapshot, cell: string): boolean {
  const { row, col } = parseA1(cell);
  if (wb.state?.filled.some((f) => f.sheet === sheet.name && f.cell === cell)) return true;
  const v = cellAt(sheet, row, col);
  return (v === null || v === '') && formulaAt(sheet, row, col) === null;
}

/**
 * Puts highlights on cells, keeping the first recorded original fill of a cell already highlighted,
 * and restoring cells highlighted before but not any more. A cell whose fill was not read is skipped.
 */
function highlight(
  wb: WorkbookSnapshot,
  state: ProductState,
  wanted: Map<string, { sheet: string; cell: string; kind: HighlightKind }>,
  keep: (h: HighlightRecord) => boolean,
) {
  const fills: FillWrite[] = [];
  const skipped: string[] = [];
  const next: HighlightRecord[] = [];
  for (const h of state.highlights) {
    if (wanted.has(key(h.sheet, h.cell)) || keep(h)) next.push(h);
    else fills.push({ sheet: h.sheet, cell: h.cell, fill: h.original });
  }
  for (const w of wanted.values()) {
    const existing = next.find((h) => h.sheet === w.sheet && h.cell === w.cell);
    if (existing) existing.kind = w.kind;
    else {
      const sheet = sheetOf(wb, w.sheet);
      const { row, col } = parseA1(w.cell);
      const original = sheet ? fillAt(sheet, row, col) : undefined;
      if (original === undefined) {
        skipped.push(key(w.sheet, w.cell));
        continue;
      }
      next.push({ sheet: w.sheet, cell: w.cell, kind: w.kind, original });
    }
    fills.push({ sheet: w.sheet, cell: w.cell, fill: { color: HIGHLIGHT_COLORS[w.kind], pattern: 'Solid' } });
  }
  state.highlights = next;
  return { fills, skipped };
}

export function finish(state: ProductState): ProductState | null {
  return state.highlights.length === 0 && state.filled.length === 0 && !state.undo?.length ? null : state;
}

function protectedSheet(wb: WorkbookSnapshot, sheets: string[]): string | null {
  for (const name of sheets) if (sheetOf(wb, name)?.protected) return name;
  return null;
}

const SEVERITY_KIND: Partial<Record<Severity, HighlightKind>> = { error: 'error', warning: 'warning' };

/**
 * Highlights every error, warning and figure below its benchmark of a check, on every table it found
 * (replacing the previous check's highlights).
 */
export function planHighlights(report: Report, wb: WorkbookSnapshot): PlanResult {
  if (!report.recognized) return { ok: false, refused: 'not-recognized' };
  const sheets = new Set([...(report.layout ? [report.layout.sheet] : []), ...(report.tables ?? []).map((t) => t.sheet)]);
  if (sheets.size === 0) return { ok: false, refused: 'not-recognized' };
  const locked = protectedSheet(wb, [...sheets]);
  if (locked) return { ok: false, refused: 'protected', sheet: locked };
  const unreadable = stateRefusal(wb);
  if (unreadable) return unreadable;
  const state = emptyState(wb);
  const wanted = new Map<string, { sheet: string; cell: string; kind: HighlightKind }>();
  for (const f of report.findings) {
    const kind = f.rule === 'benchmark.below' ? 'below' : SEVERITY_KIND[f.severity];
    // Findings come sorted errors first, so a cell keeps its most serious mark.
    if (!kind || !sheets.has(f.sheet) || wanted.has(key(f.sheet, f.cell))) continue;
    wanted.set(key(f.sheet, f.cell), { sheet: f.sheet, cell: f.cell, kind });
  }
  // Filled ratios keep their green mark across checks.
  const { fills, skipped } = highlight(wb, state, wanted, (h) => h.kind === 'filled');
  return { ok: true, plan: { cells: [], fills, state: finish(state) }, skipped, unreadFills: skipped };
}

/**
 * Writes each derived ratio into its empty cell as a live formula with its cached value and its
 * decimals' format ("99,10"; a cell's own % format is kept), and each empty cell of a unit table's
 * change column as the formula of its two years (changes.ts), marked green. A unit table on a
 * protected sheet is skipped; the appendix's sheet protected refuses the plan.
 */
export function planFillRatios(report: Report, wb: WorkbookSnapshot, derived: Derived[] = report.derived): PlanResult {
  if (!report.recognized) return { ok: false, refused: 'not-recognized' };
  const changes = changeFills(report, wb);
  if (!report.layout && changes.length === 0) return { ok: false, refused: 'not-recognized' };
  const sheetName = report.layout?.sheet ?? null;
  const locked = sheetName !== null ? protectedSheet(wb, [sheetName]) : null;
  if (locked) return { ok: false, refused: 'protected', sheet: locked };
  const unreadable = stateRefusal(wb);
  if (unreadable) return unreadable;
  const state = emptyState(wb);
  const cells: CellWrite[] = [];
  const wanted = new Map<string, { sheet: string; cell: string; kind: HighlightKind }>();
  const skipped: string[] = [];
  const writes: CellWrite[] = [
    ...(sheetName !== null
      ? derived.map((d) => ({
          sheet: sheetName,
          cell: d.cell,
          formula: d.formula,
          value: d.cellValue,
          ...(d.numberFormat ? { numberFormat: d.numberFormat } : {}),
        }))
      : []),
    ...changes,
  ];
  for (const w of writes) {
    const sheet = sheetOf(wb, w.sheet) as SheetSnapshot;
    if (sheet.protected || !isWritable(wb, sheet, w.cell)) {
      skipped.push(key(w.sheet, w.cell));
      continue;
    }
    cells.push(w);
    if (!state.filled.some((f) => f.sheet === w.sheet && f.cell === w.cell))
      state.filled.push({ sheet: w.sheet, cell: w.cell, formula: w.formula as string });
    wanted.set(key(w.sheet, w.cell), { sheet: w.sheet, cell: w.cell, kind: 'filled' });
  }
  const { fills, skipped: notHighlighted } = highlight(wb, state, wanted, () => true);
  return { ok: true, plan: { cells, fills, state: finish(state) }, skipped: [...skipped, ...notHighlighted], unreadFills: notHighlighted };
}

/** Removes every highlight, restoring each cell's own fill exactly; filled values stay. */
export function planClearHighlights(wb: WorkbookSnapshot): PlanResult {
  const unreadable = stateRefusal(wb);
  if (unreadable) return unreadable;
  const state = emptyState(wb);
  const locked = protectedSheet(wb, [...new Set(state.highlights.map((h) => h.sheet))]);
  if (locked) return { ok: false, refused: 'protected', sheet: locked };
  const fills = state.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell, fill: h.original }));
  state.highlights = [];
  return { ok: true, plan: { cells: [], fills, state: finish(state) }, skipped: [] };
}

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/g;

/**
 * A valid sheet name not yet taken: at most 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, " (2)", " (3)"… when taken (compared without case, as Excel does).
 * uniqueSheetName('Khắc phục 2021', ['Khắc phục 2021']) === 'Khắc phục 2021 (2)'
 */
export function uniqueSheetName(base: string, existing: string[]): string {
  const clean =
    base
      .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
      .replace(/^'+|'+$/g, '')
      .replace(/\s+/g, ' ')
      .trim() || 'Sheet';
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase('vi')));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase('vi'))) return name;
  }
}

/** Misuse of the core: two plans that each add a sheet cannot be applied as one. */
export class PlanConflictError extends Error {
  constructor(first: string, second: string) {
    super(`two new sheets in one plan: ${first}, ${second}`);
    this.name = 'PlanConflictError';
  }
}

/**
 * Several plans as one, applied in one batch as if applied in order: a later write to the same cell
 * wins; the stored state is the base state with each plan's changes to it (highlights added, changed or
 * removed; cells filled) applied in turn, keeping the first recorded original fill of a cell.
 * composePlans(wb.state, [fillPlan, highlightPlan, remediationPlan])
 */
export function composePlans(base: ProductState | null | undefined, plans: WritePlan[]): WritePlan {
  const cells = new Map<string, CellWrite>();
  const fills = new Map<string, FillWrite>();
  let newSheet: WritePlan['newSheet'];
  let activate: WritePlan['activate'];
  const start: ProductState = { version: 1, highlights: [...(base?.highlights ?? [])], filled: [...(base?.filled ?? [])] };
  const highlights = new Map(start.highlights.map((h) => [key(h.sheet, h.cell), h]));
  const filled = new Map(start.filled.map((f) => [key(f.sheet, f.cell), f]));
  let stateTouched = false;
  for (const p of plans) {
    for (const c of p.cells) cells.set(key(c.sheet, c.cell), c);
    for (const f of p.fills) fills.set(key(f.sheet, f.cell), f);
    if (p.newSheet) {
      if (newSheet) throw new PlanConflictError(newSheet.name, p.newSheet.name);
      newSheet = p.newSheet;
    }
    if (p.activate) activate = p.activate;
    if (p.state === undefined) continue;
    stateTouched = true;
    const next = p.state ?? { version: 1 as const, highlights: [], filled: [] };
    const nextH = new Map(next.highlights.map((h) => [key(h.sheet, h.cell), h]));
    const nextF = new Map(next.filled.map((f) => [key(f.sheet, f.cell), f]));
    // What this plan removed from the state it started from.
    for (const h of start.highlights) if (!nextH.has(key(h.sheet, h.cell))) highlights.delete(key(h.sheet, h.cell));
    for (const f of start.filled) if (!nextF.has(key(f.sheet, f.cell))) filled.delete(key(f.sheet, f.cell));
    for (const [k, h] of nextH) {
      const had = highlights.get(k);
      highlights.set(k, had ? { ...h, original: had.original } : h);
    }
    for (const [k, f] of nextF) filled.set(k, f);
  }
  const state: ProductState = { version: 1, highlights: [...highlights.values()], filled: [...filled.values()] };
  return {
    cells: [...cells.values()],
    fills: [...fills.values()],
    ...(newSheet ? { newSheet } : {}),
    ...(stateTouched ? { state: finish(state) } : {}),
    ...(activate ? { activate } : {}),
  };
}

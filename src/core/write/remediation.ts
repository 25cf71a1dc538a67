/**
 * The remediation appendix (seed 001's form) from every point lost: section A (PAR Index) then B
 * (SIPAS); inside, groups by responsible unit ("1 Tiêu chí thuộc Văn phòng"), area and parent
 * headings, then one row per criterion with "max/points" the Vietnamese way (3/2,55), the cause
 * (the office's figure and benchmark, and the cause written in the scoring sheet; an empty cause is
 * highlighted for the user to fill), the plan merged over consecutive rows sharing it, and the unit.
 * Laid out to print and sign: Times New Roman, A4 landscape, header repeated, page numbers.
 */
import { columnLetters } from '../figures/address';
import { formatNumber } from '../figures/numbers';
import { REMEDIATION_WORDS } from '../words/document';
import { linesNeeded } from '../workbook/text-lines';

export { linesNeeded };
import { cleanText, fold } from '../figures/text';
import { NewSheetPlan, RangeStyle } from '../workbook/write-plan';
import { PlanResult, emptyState, uniqueSheetName } from './plan';
import type { Report } from '../report-types';
import { CriterionScore, isBelowTarget } from '../scoring/score';
import type { Heading } from '../scoring/schema';
import { WorkbookSnapshot, allSheetNames, cellText } from '../workbook/snapshot';
import { findRubricSheet } from '../scoring/sheet';
import { compareReports } from '../combine/compare';
import { FigureTrend, criterionTrends } from '../combine/trend';

const SECTIONS = REMEDIATION_WORDS.sections;

export const REMEDIATION_HEADER = REMEDIATION_WORDS.header;
/** When the council's scores are in the sheet, the column says so, as seed 001 does. */
const APPRAISED_HEADER = REMEDIATION_WORDS.appraisedHeader;

export const REMEDIATION_FONT = 'Times New Roman';
const BODY_SIZE = 13;
const TABLE_SIZE = 12;
const WIDTHS = [7, 46, 13, 40, 50, 22];
/** The cell a user is asked to fill (an empty cause). */
export const TO_FILL = { color: '#FFF2CC' };

const vi = (x: number, d?: number) => formatNumber(x, 'vi', d);

/**
 * A plan written as bullets on one line ("- Rà soát … - Thường xuyên …", as a cell of the scoring sheet
 * holds it) with one bullet a line, as seed 001 prints it. A hyphen inside a line ("KH-BHXH", "A - B" before a
 * lower-case word) stays.
 */
export function bulletLines(text: string): string {
  const t = text.trim();
  if (!t.startsWith('- ')) return text;
  return t.replace(/\s+-\s+(?=\p{Lu})/gu, '\n- ');
}

/** "3/2,55", "1,5/0,8": the maximum, then the points. */
export const pointsText = (max: number, points: number): string => `${vi(max)}/${vi(points)}`;

/**
 * "Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, thấp hơn mức chuẩn 100%" when the figure is below
 * its benchmark ("… đạt 99,10% (năm 2020: 99,53%), …" with last year's figure of the same criterion, when
 * known); then the cause written in the scoring sheet, if any. Empty when there is neither: a
 * figure at or above its benchmark is no cause (points the council took from it are for the user to
 * explain, in the highlighted cell).
 */
export function causeText(c: CriterionScore, year: number | null, previous: FigureTrend | null = null): string {
  const lines: string[] = [];
  if (c.value !== null && c.target !== null && isBelowTarget(c))
    lines.push(REMEDIATION_WORDS.figure({ year, subject: c.subject, value: c.value, below: c.target, previous }));
  if (c.cause) lines.push(c.cause);
  const text = lines.join('\n');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Kế hoạch số 106/KH-BHXH ngày 19/01/2023", "báo cáo số 12/BC-BHXH, ngày 15/12/2021": a reference with its number and date filled. */
const REFERENCE = /(Kế hoạch|Báo cáo)\s+số\s*:?\s*([0-9][\w./-]*)\s*,?\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/i;

type Reference = { doc: string; number: string; date: string };

/** The first filled reference in rows [top, bottom) of a sheet's first columns, or null. */
function referenceIn(values: WorkbookSnapshot['sheets'][number]['values'], rows: number): Reference | null {
  for (const row of values.slice(0, rows))
    for (const v of (row ?? []).slice(0, 16)) {
      const m = REFERENCE.exec(cellText(v));
      if (m) return { doc: m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase(), number: m[2], date: m[3] };
    }
  return null;
}

/**
 * The plan or report the remediation appendix goes with ("Kế hoạch số 106/KH-BHXH ngày 19/01/2023"),
 * from the workbook's own documents only: the scoring sheet's title block (where the user types it,
 * above its header), then the statistics appendix's title block (above its header). Never another
 * table's source line (a SIPAS table cites the report it was taken from). Null: blanks to fill.
 */
export function attachedTo(
  wb: WorkbookSnapshot,
  appendix: { sheet: string; headerRow: number; headerRows: number } | null,
): Reference | null {
  const scoring = findRubricSheet(wb);
  if (scoring) {
    const header = scoring.values.findIndex((row) => (row ?? []).some((v) => fold(cellText(v)) === 'ma'));
    const found = referenceIn(scoring.values, header < 0 ? 12 : header);
    if (found) return found;
  }
  const sheet = appendix ? wb.sheets.find((s) => s.name === appendix.sheet) : undefined;
  if (!sheet || !appendix) return null;
  const firstHeader = appendix.headerRow - appendix.headerRows + 1;
  return referenceIn(sheet.values, firstHeader - sheet.origin.row);
}

function attachedLine(report: Report, wb: WorkbookSnapshot | null): string {
  const office = report.layout?.office ?? '…';
  const doc = wb ? attachedTo(wb, report.layout ?? null) : null;
  return REMEDIATION_WORDS.attached(doc, office, report.layout?.year ?? null);
}

/** The points of a line of text at `size` pt, with the cell's padding. */
const lineHeight = (size: number) => size * 1.25;

interface Built {
  rows: (string | number | null)[][];
  merges: string[];
  styles: RangeStyle[];
}

/**
 * Builds the sheet; a pure function of the report (and of the workbook, for the plan number it goes
 * with, and of last year's figures by criterion id, for the trend its causes cite).
 */
export function remediationSheet(
  report: Report,
  name: string,
  wb: WorkbookSnapshot | null = null,
  headings: Heading[] = [],
  trends: Map<string, FigureTrend> = new Map(),
): NewSheetPlan {
  const year = report.layout?.year ?? null;
  const last = columnLetters(WIDTHS.length);
  const appraised = report.criteria.some((c) => c.appraised !== null);
  const b: Built = {
    rows: [
      [REMEDIATION_WORDS.title],
      [REMEDIATION_WORDS.subtitle],
      [attachedLine(report, wb)],
      [],
      REMEDIATION_HEADER.map((h, i) => (i === 2 && appraised ? APPRAISED_HEADER : h)),
    ],
    merges: [`A1:${last}1`, `A2:${last}2`, `A3:${last}3`],
    styles: [
      { range: `A1:${last}2`, bold: true, align: 'center', size: BODY_SIZE },
      { range: `A3:${last}3`, italic: true, align: 'center', size: BODY_SIZE },
    ],
  };
  const headerRow = b.rows.length;
  b.styles.push({ range: `A${headerRow}:${last}${headerRow}`, bold: true, align: 'center', vertical: 'middle' });
  const heading = (label: string | null, text: string, style: Omit<RangeStyle, 'range'>) => {
    b.rows.push([label, text]);
    const r = b.rows.length;
    b.merges.push(`B${r}:${last}${r}`);
    b.styles.push({ range: `A${r}:${last}${r}`, ...style });
    b.styles.push({ range: `A${r}`, align: 'center' });
  };
  const titleOf = (id: string) => headings.find((h) => h.id === id)?.title;
  const below = report.criteria.filter((c) => c.below);
  const order = (a: CriterionScore, z: CriterionScore) => {
    const pa = a.id.split('.');
    const pz = z.id.split('.');
    if (pa[0] !== pz[0]) return pa[0].length - pz[0].length || pa[0].localeCompare(pz[0]);
    for (let i = 1; i < Math.max(pa.length, pz.length); i++) {
      const d = Number(pa[i] ?? -1) - Number(pz[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
  const toFill: string[] = [];
  for (const section of ['A', 'B'] as const) {
    const inSection = below.filter((c) => c.section === section);
    if (inSection.length === 0) continue;
    heading(section, SECTIONS[section], { bold: true });
    // Units in the order the tree first names them; inside a unit, the tree's order.
    const owners = [...new Set(inSection.map((c) => c.owner))];
    owners.forEach((owner, g) => {
      heading(String(g + 1), REMEDIATION_WORDS.owner(owner), { bold: true });
      const ofOwner = inSection.filter((c) => c.owner === owner).sort(order);
      const areas = [...new Set(ofOwner.map((c) => c.area))];
      areas.forEach((area, a) => {
        heading(`${g + 1}.${a + 1}`, titleOf(area) ?? area, { italic: true });
        const shown = new Set<string>();
        let run: { start: number; plan: string } | null = null;
        const closeRun = () => {
          if (run && b.rows.length > run.start) {
            b.merges.push(`E${run.start}:E${b.rows.length}`);
            b.merges.push(`F${run.start}:F${b.rows.length}`);
          }
          run = null;
        };
        for (const c of ofOwner.filter((x) => x.area === area)) {
          // Parent headings ("2. Cải cách thủ tục hành chính", "2.5. Kết quả giải quyết TTHC") once each.
          const parts = c.id.split('.');
          for (let i = 2; i < parts.length; i++) {
            const id = parts.slice(0, i).join('.');
            const t = titleOf(id);
            if (t && !shown.has(id)) {
              shown.add(id);
              closeRun();
              heading(null, t, { italic: true });
            }
          }
          const title = fold(c.title).startsWith(fold(c.code)) ? c.title : `${c.code}. ${c.title}`;
          // The figure's own year: a SIPAS table may be of another year than the appendix.
          const cause = causeText(
            c,
            (c.sheet ? report.tables.find((t) => t.sheet === c.sheet)?.year : null) ?? year,
            trends.get(c.id) ?? null,
          );
          const plan = cleanText(c.plan);
          const shares = run !== null && (run as { plan: string }).plan === plan && plan !== '';
          // Points nobody has given yet (a figure below its benchmark, judged): "2/…" for the user to fill.
          const points = c.points === null ? `${vi(c.max)}/…` : pointsText(c.max, c.points);
          b.rows.push([null, title, points, cause, shares ? null : bulletLines(c.plan), shares ? null : c.owner]);
          const r = b.rows.length;
          if (c.points === null) toFill.push(`C${r}`);
          if (!shares) {
            closeRun();
            run = { start: r, plan };
          }
          if (cause === '') toFill.push(`D${r}`);
          b.styles.push({ range: `C${r}`, align: 'center' });
        }
        closeRun();
      });
    });
  }
  if (below.length === 0) heading(null, REMEDIATION_WORDS.nothingLost, {});
  const end = b.rows.length;
  for (const cell of toFill) b.styles.push({ range: cell, fill: TO_FILL });
  const heights = rowHeights(b, headerRow);
  return {
    name,
    rows: b.rows,
    merges: b.merges,
    columnWidths: WIDTHS,
    boldRows: [],
    wrap: true,
    borders: `A${headerRow}:${last}${end}`,
    freezeRows: headerRow,
    landscape: true,
    printTitleRows: `${headerRow}:${headerRow}`,
    font: { name: REMEDIATION_FONT, size: TABLE_SIZE },
    styles: b.styles,
    rowHeights: heights,
    paper: 'A4',
    pageNumbers: true,
    pageBreaksBefore: pageBreaks(b, heights, headerRow),
  };
}

/** A4 landscape, margins 0.5 in left, 0.4 in right, 0.6 in top and bottom (as the adapters set them). */
const PAGE = { width: 841.89, height: 595.3, left: 36, right: 28.8, top: 43.2, bottom: 43.2 };

/**
 * Where to start new pages so that no block is cut by a page's end: a criterion row with the rows its
 * plan is merged over, and each heading with what follows it (a cut merged cell would lose its text).
 * Printed fitted to the page's width, so a page holds (page height ÷ scale) points of rows.
 */
function pageBreaks(b: Built, heights: Record<number, number>, headerRow: number): number[] {
  const widthPt = WIDTHS.reduce((s, w) => s + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, (PAGE.width - PAGE.left - PAGE.right) / widthPt);
  // A little room for the hosts' rounding of widths and heights.
  const pageRows = ((PAGE.height - PAGE.top - PAGE.bottom) / scale) * 0.96;
  const vertical = b.merges.map((m) => m.split(':').map((a) => Number(a.replace(/[A-Z]+/, '')))).filter(([r1, r2]) => r2 > r1);
  const endOf = (r: number) => Math.max(r, ...vertical.filter(([r1]) => r1 === r).map(([, r2]) => r2));
  const isHeading = (r: number) => r > headerRow && b.rows[r - 1].length === 2;
  const breaks: number[] = [];
  let y = 0;
  let r = 1;
  while (r <= b.rows.length) {
    // The block from r: headings stay with the first criterion after them, a criterion with its merged rows.
    let end = r;
    while (end < b.rows.length && isHeading(end)) end++;
    end = endOf(end);
    let h = 0;
    for (let x = r; x <= end; x++) h += heights[x];
    if (r > headerRow + 1 && y + h > pageRows && h <= pageRows - heights[headerRow]) {
      breaks.push(r);
      y = heights[headerRow];
    }
    y += h;
    r = end + 1;
  }
  return breaks;
}

/** Heights so every wrapped cell shows whole, merged cells included (a vertical merge grows its last row). */
function rowHeights(b: Built, headerRow: number): Record<number, number> {
  const heights: Record<number, number> = {};
  const merged = b.merges.map((m) => {
    const [a, z] = m.split(':');
    const col = (s: string) => s.replace(/\d+/g, '').charCodeAt(0) - 64;
    const row = (s: string) => Number(s.replace(/[A-Z]+/g, ''));
    return { r1: row(a), c1: col(a), r2: row(z), c2: col(z) };
  });
  const sizeOf = (r: number) => (r < headerRow ? BODY_SIZE : TABLE_SIZE);
  const tall: { r1: number; r2: number; need: number }[] = [];
  b.rows.forEach((cells, i) => {
    const r = i + 1;
    let lines = 1;
    cells.forEach((v, j) => {
      if (v === null || v === '') return;
      const m = merged.find((x) => x.r1 === r && x.c1 === j + 1);
      const width = m ? WIDTHS.slice(m.c1 - 1, m.c2).reduce((s, w) => s + w, 0) : WIDTHS[j];
      const n = linesNeeded(String(v), width, sizeOf(r), r <= 2 || r === headerRow);
      if (m && m.r2 > m.r1) tall.push({ r1: m.r1, r2: m.r2, need: n * lineHeight(sizeOf(r)) + 4 });
      else lines = Math.max(lines, n);
    });
    heights[r] = Math.ceil(lines * lineHeight(sizeOf(r)) + 4);
  });
  for (const t of tall) {
    let have = 0;
    for (let r = t.r1; r <= t.r2; r++) have += heights[r];
    if (have < t.need) heights[t.r2] += Math.ceil(t.need - have);
  }
  return heights;
}

export interface RemediationOptions {
  /** Replace the remediation sheet the product made earlier (the pane asked; the CLI's --force). */
  replace?: boolean;
  /** Area and parent headings; the report's rubric's by default. */
  headings?: Heading[];
  /** Last year's report (`--previous`): each computed criterion's cause cites last year's figure. */
  previous?: Report;
}

/** The plan: a new sheet "Khắc phục <year>" (or the product's earlier one, replaced when allowed), shown when done. */
export function planRemediation(report: Report, wb: WorkbookSnapshot, opts: RemediationOptions = {}): PlanResult {
  if (!report.recognized || !report.layout) return { ok: false, refused: 'not-recognized' };
  if (!report.rubric.valid) return { ok: false, refused: 'rubric-invalid' };
  // The product's state records the sheet it makes: never written over a state it cannot read.
  if (wb.stateProblem) return { ok: false, refused: 'state-unreadable', reason: wb.stateProblem };
  // Last year's workbook is refused as `check --previous` refuses it (same year, another office, no common table).
  if (opts.previous) {
    const compared = compareReports(report, opts.previous);
    if (!compared.ok) {
      const { ok: _ok, ...why } = compared;
      return { ok: false, refused: 'previous', why };
    }
  }
  const trends = opts.previous ? criterionTrends(report, opts.previous) : new Map<string, FigureTrend>();
  const names = allSheetNames(wb);
  const base = REMEDIATION_WORDS.sheetName(report.layout.year);
  const made = (wb.state?.sheets ?? []).find((s) => s.kind === 'remediation' && names.includes(s.name));
  if (made && !opts.replace) return { ok: false, refused: 'sheet-exists', sheet: made.name };
  const name = made ? made.name : uniqueSheetName(base, names);
  const state = emptyState(wb);
  state.sheets = [...(state.sheets ?? []).filter((s) => s.name !== name && names.includes(s.name)), { name, kind: 'remediation' }];
  const sheet = remediationSheet(report, name, wb, opts.headings ?? report.rubric.headings ?? [], trends);
  return {
    ok: true,
    plan: { cells: [], fills: [], newSheet: made ? { ...sheet, replaces: true } : sheet, state, activate: { sheet: name, cell: 'A1' } },
    skipped: [],
  };
}

/**
 * Sheets as LibreOffice prints them: converted to PDF, each cell's text is found in drawing order and
 * its last line must end above the next row's first line (a row too short would clip it).
 * `testWithPdf` runs only where LibreOffice and pdftotext are installed (CI installs both, and there
 * a missing tool fails the test); elsewhere it skips, and says so loudly.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import type { NewSheetPlan } from '../../src/core';
import { patchPackage } from '../../src/xlsx';
import { makePackage, sheetXml } from '../xlsx/package';
import { hasLibreOffice } from './libreoffice';
import { testWith } from './tools';

const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
const ready = hasLibreOffice() && PDFTOTEXT;

/** A test that needs LibreOffice's PDF and pdftotext: skipped, with a warning naming it, where they are missing (never under CI). */
export function testWithPdf(name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  testWith(ready, PDFTOTEXT ? 'LibreOffice' : 'pdftotext (poppler-utils)', name, fn, timeout);
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
export const pdfDir = dir;

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

/** A workbook file as LibreOffice prints it: the PDF beside it in `outDir` (its own profile, so runs never share one). */
export function workbookToPdf(xlsx: string, outDir: string, profileName: string): string {
  const profile = join(outDir, profileName);
  mkdirSync(profile, { recursive: true });
  execFileSync(
    SOFFICE!,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, xlsx],
    { stdio: 'pipe', timeout: 120000 },
  );
  return join(outDir, `${basename(xlsx).replace(/\.xlsx$/i, '')}.pdf`);
}

/** The sheet as the package engine writes it (what `cchc fix` saves) into a workbook, then as LibreOffice's PDF. */
export async function toPdf(sheet: NewSheetPlan, stem: string): Promise<string> {
  const base = makePackage([{ name: 'Phụ lục 2', xml: sheetXml(''), state: 'hidden' }]);
  const xlsx = join(dir, `${stem}.xlsx`);
  writeFileSync(xlsx, patchPackage(base, { cells: [], fills: [], newSheet: sheet }));
  return workbookToPdf(xlsx, dir, `profile-${stem}`);
}

/** Characters, whitespace aside: pdftotext splits words at some combining marks ("NG ƯỜI"). */
const chars = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

export interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** The PDF's words with their boxes, in the order LibreOffice drew them (row by row, cell by cell). */
export function pdfWords(pdf: string): { words: Word[]; pageHeight: number; pageWidth: number } {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let pageHeight = 0;
  let pageWidth = 0;
  xml
    .split('<page ')
    .slice(1)
    .forEach((page, p) => {
      pageHeight = Number(/height="([\d.]+)"/.exec(page)![1]);
      pageWidth = Number(/width="([\d.]+)"/.exec(page)![1]);
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
        words.push({
          page: p,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5]
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"'),
        });
    });
  return { words, pageHeight, pageWidth };
}

/**
 * The cells whose text runs past their row (or merged rows): it would be cut at the cell's edge.
 * Each cell's words are found in the PDF; a cell's last line must end above the first line of
 * the next row on its page (or above the footer on the page's last row). Also fails when a cell's
 * text is not found in the PDF at all.
 */
export function clippedCells(sheet: NewSheetPlan, pdf: string, lastCol = sheet.columnWidths.length): string[] {
  const { words, pageHeight, pageWidth } = pdfWords(pdf);
  // Fitted to the page's width and centred between the margins (0.5 in left, 0.4 in right): each column's band.
  const left = 0.5 * 72;
  const scale = (pageWidth - left - 0.4 * 72) / sheet.columnWidths.slice(0, lastCol).reduce((a, w) => a + w, 0);
  const edge = (c: number) => left + sheet.columnWidths.slice(0, c).reduce((a, w) => a + w, 0) * scale;
  // The footer's page numbers are drawn apart from the table.
  const body = words.filter((w) => !(w.yMin > pageHeight - 60 && /^(Trang|\d+\/\d+)$/.test(w.text)));
  const spans = sheet.merges.map((m) => m.split(':').map((a) => Number(a.replace(/[A-Z]+/, ''))));
  const cells: { ref: string; row: number; end: number; page: number; top: number; bottom: number }[] = [];
  const used = new Set<number>();
  /**
   * The cell's words: the first unused words that spell its text in order. pdftotext reads a line across
   * the page, so the lines of a wrapped cell come interleaved with its neighbours' lines.
   */
  const take = (text: string, c1: number, c2: number): Word[] | null => {
    const want = chars(text);
    const inside = (w: Word) => w.xMin >= edge(c1) - 3 && w.xMax <= edge(c2 + 1) + 3;
    for (let j = 0; j < body.length; j++) {
      if (used.has(j) || !inside(body[j]) || !want.startsWith(chars(body[j].text))) continue;
      const got: number[] = [];
      let at = 0;
      for (let k = j; k < body.length && at < want.length && k - j < 400; k++) {
        const w = chars(body[k].text);
        if (used.has(k) || !inside(body[k]) || !want.startsWith(w, at)) continue;
        got.push(k);
        at += w.length;
      }
      if (at !== want.length) continue;
      for (const k of got) used.add(k);
      return got.map((k) => body[k]);
    }
    return null;
  };
  const problems: string[] = [];
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      // Columns outside the print area are not printed.
      if (v === null || v === '' || c >= lastCol) return;
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      const merge = sheet.merges.find((m) => m.startsWith(`${ref}:`));
      const last = merge ? merge.split(':')[1].charCodeAt(0) - 65 : c;
      const got = take(String(v), c, last);
      if (!got) return problems.push(`${ref}: not found in the PDF`);
      if (got.some((w) => w.page !== got[0].page)) return problems.push(`${ref}: split over two pages`);
      const span = spans.find(([a, b]) => a === r + 1 && b > a);
      cells.push({
        ref,
        row: r + 1,
        end: span ? span[1] : r + 1,
        page: got[0].page,
        top: Math.min(...got.map((w) => w.yMin)),
        bottom: Math.max(...got.map((w) => w.yMax)),
      });
    });
  });
  const topOf = (row: number, page: number) => {
    const tops = cells.filter((x) => x.row === row && x.page === page).map((x) => x.top);
    return tops.length ? Math.min(...tops) : null;
  };
  for (const cell of cells) {
    let next: number | null = null;
    for (let r = cell.end + 1; r <= sheet.rows.length && next === null; r++) next = topOf(r, cell.page);
    // The last row of a page ends above the footer (the bottom margin is 0.6 in).
    const limit = next ?? pageHeight - 0.6 * 72;
    if (cell.bottom > limit + 0.5) problems.push(`${cell.ref}: text to ${cell.bottom.toFixed(1)} pt, row ends at ${limit.toFixed(1)} pt`);
  }
  return problems;
}

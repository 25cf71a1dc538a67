/**
 * The scoring sheet "Thang điểm" as LibreOffice prints it: a council prints the columns it reads (code,
 * criterion, maximum, self-score, appraised score, evidence, cause) on A4 landscape, one page wide,
 * every cell whole, no text below 8 pt; the rest of the sheet is outside the print area.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { scoringSheetWithCouncil } from '../fixtures/seed-001-scores';
import { clippedCells, pdfDir as dir, pdfWords, testWithPdf, toPdf } from '../helpers/pdf';

const COUNCIL = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Nguyên nhân'];
const chars = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe('the scoring sheet “Thang điểm” printed by LibreOffice', () => {
  // Seed 001's council scores, with evidence and causes long enough to wrap.
  const sheet = scoringSheetWithCouncil((rows, col) => {
    const at = (id: string) => rows.findIndex((r) => r[0] === id);
    rows[at('II.5.1')][col('Tài liệu kiểm chứng')] =
      'Báo cáo tự đánh giá, biên bản kiểm tra việc chấp hành các quy định về tài chính công năm 2022';
    rows[at('II.5.1')][col('Nguyên nhân')] =
      'Hội đồng trừ điểm do chưa có văn bản chỉ đạo riêng về tài chính công; thuyết minh chưa đầy đủ các nội dung theo hướng dẫn.';
    rows[at('III.1.1')][col('Nguyên nhân')] = 'Một số điểm tiếp nhận chưa bố trí đủ ghế ngồi chờ, chưa có bảng hướng dẫn điện tử.';
  });

  test('made to print: the council’s columns first and printed, A4 landscape, header repeated, code and title frozen', () => {
    expect(sheet.rows[4].slice(0, 7)).toEqual(COUNCIL);
    expect(sheet).toMatchObject({
      landscape: true,
      paper: 'A4',
      printTitleRows: '5:5',
      printArea: `A1:G${sheet.rows.length}`,
      freezeRows: 5,
      freezeCols: 2,
      pageNumbers: true,
    });
    // The instructions, the bands and the reference line span the printed columns, each row as tall as its text.
    expect(sheet.merges).toEqual(expect.arrayContaining(['A1:G1', 'A2:G2', 'A3:B3', 'C3:G3', 'A4:B4', 'C4:G4']));
    expect(sheet.rowHeights![2]).toBeGreaterThan(3 * 11);
  });

  testWithPdf(
    'one page wide, every printed cell whole, no text below 8 pt, nothing of the other columns; a page picture is made',
    async () => {
      const pdf = await toPdf(sheet, 'thang-diem');
      expect(clippedCells(sheet, pdf, 7)).toEqual([]);
      const { words, pageWidth } = pdfWords(pdf);
      const pages = [...new Set(words.map((w) => w.page))];
      expect(pages.length).toBeGreaterThan(0);
      // One page wide: the header (repeated) with its last printed column on every page, and nothing past the page's edge.
      for (const p of pages) {
        const text = chars(
          words
            .filter((w) => w.page === p)
            .map((w) => w.text)
            .join(''),
        );
        expect([p, text.includes(chars('Nguyên nhân'))]).toEqual([p, true]);
      }
      expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(pageWidth);
      const all = chars(words.map((w) => w.text).join(''));
      for (const hidden of ['Chỉ số đo', 'Phương án khắc phục', 'Mức chuẩn (%)'])
        expect([hidden, all.includes(chars(hidden))]).toEqual([hidden, false]);
      // Text as printed: the height of a word's box is about its size in points.
      const sizes = words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
      expect(sizes[0]).toBeGreaterThanOrEqual(8);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts|Page size:\s+842 x 595 pts/);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'thang-diem')]);
      expect(existsSync(join(dir, 'thang-diem.png'))).toBe(true);
    },
    180000,
  );
});

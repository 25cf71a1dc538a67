/**
 * End to end in a real browser: Debian's Chromium driven by playwright-core, on the built preview
 * served from localhost. Screenshots of each step go to test/output/ for a person to look at.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { Server } from 'http';
import { AddressInfo } from 'net';
import { join } from 'path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { openFile } from '../../src/preview/files';
import { servePreview } from '../../src/preview/serve';
import { PANE_THEME } from '../../src/taskpane/theme';
import { PLANTED_EDITS, buildAppendix } from '../fixtures/appendix';
import { district, districtWorkbook } from '../fixtures/districts';
import { legacyXlsx } from '../fixtures/legacy';
import { buildUnits } from '../fixtures/units';
import { scoringSheetWithCouncil } from '../fixtures/seed-001-scores';
import { bigWorkbook } from '../helpers/big-workbook';
import { CHROMIUM, launchChromium } from '../helpers/chromium';
import { describeWith } from '../helpers/tools';
import { snapshotToXlsx } from '../helpers/xlsx';
import { referencedTokens } from '../tools/make-theme';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test', 'output');

describeWith(CHROMIUM, 'the browser preview', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const errors: string[] = [];
  const outside: string[] = [];
  let readyMs = 0;

  const shot = (name: string) => page.screenshot({ path: join(OUT, `e2e-${name}.png`), fullPage: false });
  const cell = (address: string) => page.locator(`.grid [data-cell="${address}"]`);
  const finding = (c: string) => page.locator(`.finding[data-cell="${c}"]`).first();
  /** The grid draws only what is in view: scroll it (not the page) until the cell is drawn. */
  const reveal = async (address: string) => {
    const scroll = (to: 'top' | 'down') =>
      page.locator('.grid').evaluate(
        (el, to) =>
          new Promise((done) => {
            el.scrollTop = to === 'top' ? 0 : el.scrollTop + el.clientHeight * 0.8;
            // Drawn on the next frames, after the scroll event.
            requestAnimationFrame(() => requestAnimationFrame(done));
          }),
        to,
      );
    await scroll('top');
    for (let i = 0; i < 100 && (await cell(address).count()) === 0; i++) await scroll('down');
    return cell(address);
  };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
    server = await servePreview(0, join(ROOT, 'dist', 'addin'));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10000);
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    const t0 = Date.now();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
    readyMs = Date.now() - t0;
    writeFileSync(join(OUT, 'e2e-ready-ms.txt'), `${readyMs}\n`);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(null)));
  });

  test('opens on the sample workbook with the pane beside its grid', async () => {
    expect(await page.locator('.bar').innerText()).toContain('sample-district-2021.xlsx');
    expect(await cell('A2').innerText()).toBe('Phụ lục 2');
    await shot('1-open');
  });

  test('Kiểm tra shows the sample’s findings with their cells', async () => {
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Đã nhận ra Phụ lục 2').waitFor();
    for (const c of ['D48', 'D57', 'D78', 'D34']) await finding(c).waitFor();
    // The benchmark finding at D61 names the row the user sees (2.5.3), not a rubric id.
    expect(await finding('D61').locator('.code').innerText()).toBe('2.5.3');
    // The grid shows the highlights: errors red.
    expect(await (await reveal('D57')).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 199, 206)');
    await shot('2-checked');
  });

  test('clicking a finding selects and scrolls to its cell in the grid', async () => {
    await finding('D78').click();
    await page.locator('.grid .selected[data-cell="D78"]').waitFor();
    expect(await cell('D78').isVisible()).toBe(true);
    await shot('3-selected');
  });

  test('after clicking a finding, typing goes to the grid: F2 and a typed character edit the selected cell', async () => {
    await finding('D78').click();
    await page.locator('.grid .selected[data-cell="D78"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('grid') ?? false);
    const before = await cell('D78').innerText();
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: 'Sửa ô D78' });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(before);
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await finding('D78').click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('grid') ?? false);
    await page.keyboard.press('7');
    expect(await editor.inputValue()).toBe('7');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await cell('D78').innerText()).toBe(before);
  });

  test('editing D57 from 110 to 100 in the grid removes its error without pressing Kiểm tra', async () => {
    expect(await (await reveal('D57')).innerText()).toBe('110');
    await cell('D57').dblclick();
    const editor = page.getByRole('textbox', { name: 'Sửa ô D57' });
    await editor.fill('100');
    await editor.press('Enter');
    await finding('D57').waitFor({ state: 'detached' });
    expect(await cell('D57').innerText()).toBe('100');
    // The highlight went with the error.
    expect(await cell('D57').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await shot('3b-edited');
  });

  test('Điền tỷ lệ fills the empty ratios', async () => {
    await page.getByRole('button', { name: 'Điền tỷ lệ' }).click();
    await page.getByText('Đã điền 2 tỷ lệ (tô nền xanh).').waitFor();
    // Shown as Excel in Vietnamese shows them, with the appendix's two decimals (format 0.00).
    expect(await (await reveal('D61')).innerText()).toBe('99,10');
    expect(await (await reveal('D123')).innerText()).toBe('84,94');
    await shot('4-filled');
  });

  test('Tạo bảng khắc phục adds a “Khắc phục 2021” tab showing the table', async () => {
    await page.getByRole('button', { name: 'Tạo bảng khắc phục' }).click();
    await page.getByRole('tab', { name: 'Khắc phục 2021', selected: true }).waitFor();
    expect(await cell('A1').innerText()).toBe('PHỤ LỤC');
    expect(await cell('B5').innerText()).toBe('Nội dung/Nhiệm vụ');
    expect(await page.locator('.grid').innerText()).toContain('thấp hơn mức chuẩn 100%');
    await shot('5-remediation');
  });

  test('the download re-reads in ExcelJS with that sheet and the filled formulas', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    const path = join(OUT, 'e2e-download.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Khắc phục 2021')).toBeDefined();
    const f = wb.getWorksheet('Phụ lục 2')!.getCell('D61').value as ExcelJS.CellFormulaValue;
    expect([f.formula, f.result]).toEqual(['ROUND(168274/_xlfn.NUMBERVALUE(D60,",",".")*100,2)', 99.1]);
  });

  test('a workbook with planted mistakes opened through the picker lists each of them', async () => {
    const built = buildAppendix({
      sheetName: 'Huyện',
      startRow: 3,
      edits: PLANTED_EDITS,
    });
    const file = join(OUT, 'e2e-planted.xlsx');
    writeFileSync(file, await snapshotToXlsx(built.workbook));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('.bar').getByText('e2e-planted.xlsx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('button', { name: /Lỗi \(8\)/ }).waitFor();
    for (const key of Object.keys(PLANTED_EDITS)) await finding(`D${built.rowOf.get(key)}`).waitFor();
    await shot('6-planted');
  });

  test('a file that is not a workbook: a clear sentence, the current workbook kept', async () => {
    const file = join(OUT, 'e2e-not-a-workbook.xlsx');
    writeFileSync(file, 'STT,Chỉ tiêu\n');
    await page.getByTestId('file-input').setInputFiles(file);
    // A CSV export named .xlsx: said for what it is, with the advice to save it as .xlsx.
    await page.getByText(/e2e-not-a-workbook\.xlsx: Tệp là văn bản CSV, không phải sổ tính Excel.*vẫn là “e2e-planted\.xlsx”/).waitFor();
    expect(await page.locator('.bar').innerText()).toContain('e2e-planted.xlsx');
  });

  test('a table below row 400: clicking a finding keeps the pane at the top and shows the cell selected in the grid', async () => {
    const built = buildAppendix({ sheetName: 'Sâu', startRow: 420, startCol: 3, edits: PLANTED_EDITS });
    const file = join(OUT, 'e2e-deep.xlsx');
    writeFileSync(file, await snapshotToXlsx(built.workbook));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('.bar').getByText('e2e-deep.xlsx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const target = `F${built.rowOf.get('3.2.3')}`;
    expect(built.rowOf.get('3.2.3')!).toBeGreaterThan(400);
    await finding(target).click();
    const selected = page.locator(`.grid .selected[data-cell="${target}"]`);
    await selected.waitFor();
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    expect((await page.locator('.pane').boundingBox())!.y).toBeLessThanOrEqual(1);
    const grid = (await page.locator('.grid').boundingBox())!;
    const box = (await selected.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid.y);
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    expect(box.x).toBeGreaterThanOrEqual(grid.x);
    // The pane stays where it was; the focus goes to the grid, for typing into the cell.
    await page.waitForFunction(() => document.activeElement?.classList.contains('grid') ?? false);
    await shot('8-deep');
  });

  test('from 300 to 500 px nothing overflows sideways; taskpane.html outside Office says where to go', async () => {
    const narrow = await browser.newContext({ locale: 'vi-VN', viewport: { width: 320, height: 900 } });
    const p = await narrow.newPage();
    try {
      await p.goto(`${origin}/preview.html`);
      await p.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await p.locator('.finding[data-cell="D57"]').waitFor();
      for (const width of [300, 320, 360, 400, 500]) {
        await p.setViewportSize({ width, height: 900 });
        const over = await p.evaluate(() => {
          const pane = document.querySelector('.pane') as HTMLElement;
          const right = pane.getBoundingClientRect().right + 0.5;
          const out = Array.from(pane.querySelectorAll('*'))
            .filter((el) => el.getBoundingClientRect().right > right)
            .map((el) => el.className);
          return { page: document.documentElement.scrollWidth - window.innerWidth, pane: pane.scrollWidth - pane.clientWidth, out };
        });
        expect([width, over]).toEqual([width, { page: 0, pane: 0, out: [] }]);
      }
      await p.setViewportSize({ width: 320, height: 900 });
      await p.locator('.pane-frame').screenshot({ path: join(OUT, 'e2e-pane-320.png') });
      await p.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
      await p.goto(`${origin}/taskpane.html`);
      const link = p.getByRole('link', { name: 'bản xem trước.' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe('preview.html');
      expect(await p.locator('#root').innerText()).toMatch(/chỉ chạy bên trong Excel/);
    } finally {
      await narrow.close();
    }
  });

  test('axe: no critical or serious violation on the pane and the preview; results announced in a live region', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.locator('.finding').first().waitFor();
    expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
    // The summary of the check, read out: "<sheet> (2021): 8 lỗi, 1 cảnh báo, …".
    expect(await page.getByTestId('announce').textContent()).toMatch(/^.+ \(2021\): \d+ lỗi, \d+ cảnh báo/);
    // Fluent buttons fade from their disabled grey when enabled (a colour transition): measure the settled colours.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 600)));
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes
            .slice(0, 5)
            .map((n) => `${n.target.join(' ')} ${(n as unknown as { failureSummary?: string }).failureSummary ?? ''}`),
        }));
    });
    expect(serious).toEqual([]);
  });

  test('text is drawn as Excel does (long titles spill, clipped text has a tooltip); “Thang điểm” keeps its header rows and Mã, Tiêu chí in view', async () => {
    const opened = openFile('e2e-scoring.xlsx', readFileSync(join(ROOT, 'assets', 'sample-district-2021.xlsx')));
    await opened.port.apply({ cells: [], fills: [], newSheet: scoringSheetWithCouncil() });
    const file = join(OUT, 'e2e-scoring.xlsx');
    writeFileSync(file, opened.download());
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('.bar').getByText('e2e-scoring.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Phiếu điều tra' }).click();
    // "BÁO CÁO" runs on over the empty B1 instead of being cut at A's edge.
    const title = cell('A1');
    await page.locator('.grid [data-cell="A1"]', { hasText: 'BÁO CÁO' }).waitFor();
    expect(await title.getAttribute('class')).toContain('spill');
    const span = (await title.locator('.t').boundingBox())!;
    expect(span.width).toBeGreaterThan((await title.boundingBox())!.width);
    expect(await title.getAttribute('title')).toBeNull();

    await page.getByRole('tab', { name: 'Thang điểm' }).click();
    await page.getByRole('tab', { name: 'Thang điểm', selected: true }).waitFor();
    await page.locator('.grid [data-cell="A5"]', { hasText: 'Mã' }).waitFor();
    const grid = (await page.locator('.grid').boundingBox())!;
    const before = { mã: (await cell('A5').boundingBox())!, title: (await cell('B12').boundingBox())! };
    await page.locator('.grid').evaluate(
      (el) =>
        new Promise((done) => {
          el.scrollTop = 400;
          el.scrollLeft = 400;
          requestAnimationFrame(() => requestAnimationFrame(done));
        }),
    );
    // Rows 1–5 and columns A–B stay where they were; the rest scrolls beneath them.
    const after = { mã: (await cell('A5').boundingBox())!, title: (await cell('B12').boundingBox())! };
    expect([after.mã.x, after.mã.y]).toEqual([before.mã.x, before.mã.y]);
    expect(after.title.x).toBe(before.title.x);
    expect(after.title.y).toBeLessThan(before.title.y);
    expect(before.mã.x).toBeLessThan(grid.x + 50);
    // A header cut by its column gives its full text as a tooltip.
    const heads = await page.locator('.grid .c:not(.spill)').evaluateAll((els) =>
      els
        .filter((e) => /^[A-Z]+5$/.test(e.getAttribute('data-cell') ?? ''))
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => [e.textContent, e.getAttribute('title')]),
    );
    for (const [text, tip] of heads) expect(tip).toBe(text);
    await shot('9-scoring-frozen');
  });

  /** Three district workbooks, this year's appendix with two slips, and last year's: files on disk to pick. */
  async function yearFiles() {
    const districts: string[] = [];
    for (const i of [1, 2, 3]) {
      const path = join(OUT, `e2e-huyen-${i}.xlsx`);
      writeFileSync(path, await snapshotToXlsx(districtWorkbook(district(i), i)));
      districts.push(path);
    }
    const now = buildAppendix({ edits: { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } } });
    const thisYear = join(OUT, 'e2e-phu-luc-2021.xlsx');
    writeFileSync(thisYear, await snapshotToXlsx(now.workbook));
    const last = buildAppendix({ edits: { '1.3.3': { value: '17' }, '1.5.3': { value: '98,20' } } }).workbook;
    const lastYear = join(OUT, 'e2e-phu-luc-2020.xlsx');
    writeFileSync(
      lastYear,
      await snapshotToXlsx({
        ...last,
        sheets: last.sheets.map((x) => ({
          ...x,
          values: x.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/2021/g, '2020') : v))),
        })),
      }),
    );
    return { districts, thisYear, lastYear, rowOf: now.rowOf };
  }

  /** Every text matching `re` the page shows from now on (a progress line passes quickly). */
  const watchTexts = (re: string) =>
    page.evaluate((source) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        for (const m of document.body.innerText.match(new RegExp(source, 'g')) ?? []) if (!seen.includes(m)) seen.push(m);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, re);
  const seenTexts = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

  test('three files picked at once: consolidated into a new workbook with files read shown, its sheets in the grid, downloaded verified', async () => {
    const { districts } = await yearFiles();
    await watchTexts('Đang tổng hợp: đã đọc \\d+/3 tệp');
    await page.getByTestId('file-input').setInputFiles(districts);
    await page.locator('.bar .file', { hasText: 'tong-hop-2021.xlsx' }).waitFor({ timeout: 30000 });
    expect((await seenTexts()).length).toBeGreaterThan(0);
    const sheets = ['Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Tổng hợp phiếu điều tra', 'Xếp hạng', 'Lỗi theo đơn vị'];
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(sheets);
    await page.getByText(/Đã tổng hợp 3 tệp \(3 tệp được cộng vào tổng\)/).waitFor();
    expect(await cell('D3').innerText()).toBe('e2e-huyen-1.xlsx');
    await page.getByRole('tab', { name: 'Tổng hợp Phụ lục 2' }).click();
    await page.getByRole('tab', { name: 'Tổng hợp Phụ lục 2', selected: true }).waitFor();
    await shot('11-consolidated');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    const path = join(OUT, 'e2e-consolidated.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((x) => x.name)).toEqual(sheets);
    const appendix = wb.getWorksheet('Tổng hợp Phụ lục 2')!;
    let total: ExcelJS.CellFormulaValue | null = null;
    appendix.eachRow((row) => {
      if (row.getCell(1).value === '2.5.2') total = row.getCell(7).value as ExcelJS.CellFormulaValue;
    });
    expect(total).toMatchObject({
      formula: expect.stringMatching(/^SUM\(D\d+:F\d+\)$/),
      result: [1, 2, 3].reduce((n, i) => n + district(i).resolved, 0),
    });
  }, 90000);

  test('the pane in the preview: Tổng hợp từ các tệp… writes the sheets into the open workbook, So với năm trước… shows the changes', async () => {
    const { districts, thisYear, lastYear, rowOf } = await yearFiles();
    await page.getByTestId('file-input').setInputFiles(thisYear);
    await page.locator('.bar .file', { hasText: 'e2e-phu-luc-2021.xlsx' }).waitFor();
    await watchTexts('Đang tổng hợp: đã đọc \\d+/3 tệp');
    await page.getByTestId('consolidate-files').setInputFiles(districts);
    await page.getByText(/Đã tổng hợp 3 tệp \(3 tệp được cộng vào tổng\)/).waitFor({ timeout: 30000 });
    expect((await seenTexts()).length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Tình hình nộp', selected: true }).waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(expect.arrayContaining(['Phụ lục 2', 'Tình hình nộp', 'Lỗi theo đơn vị']));
    expect(await cell('D5').innerText()).toBe('e2e-huyen-3.xlsx');

    await page.getByTestId('previous-file').setInputFiles(lastYear);
    await page.getByText(/Đã so với năm 2020 \(e2e-phu-luc-2020\.xlsx\): \d+ số liệu có ở cả hai năm, 2 điểm cần xem lại\./).waitFor();
    await finding(`D${rowOf.get('1.3.3')}`).waitFor();
    await finding(`D${rowOf.get('1.5.3')}`).waitFor();
    const table = page.getByRole('table', { name: 'Thay đổi so với năm trước' });
    const jump = table.locator(`tr[data-cell="Phụ lục 2!D${rowOf.get('1.3.3')}"] td`);
    expect(await jump.allInnerTexts()).toEqual(['1.3.3', expect.any(String), '17', '17.000', '+16.983']);
    await shot('12-compared');
    // Downloaded through the same verified save: the user's sheet and the consolidated ones.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    const path = join(OUT, 'e2e-consolidated-into.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((x) => x.name)).toEqual(
      expect.arrayContaining(['Phụ lục 2', 'Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Lỗi theo đơn vị']),
    );
  }, 90000);

  /** A wrong second year: refused with its code, in the pane's error bar. */
  test('So với năm trước… with a file of the same year is refused with its code', async () => {
    const { thisYear } = await yearFiles();
    await page.getByTestId('previous-file').setInputFiles(thisYear);
    await page.getByText(/e2e-phu-luc-2021\.xlsx không so được với sổ tính này \(previous\.same-year\)/).waitFor();
  });

  test('a 20,000-row workbook opens in the preview’s worker, with progress, and its last row is reachable', async () => {
    expect(page.workers().map((w) => w.url())).toContain(`${origin}/preview-worker.js`);
    const file = join(OUT, 'e2e-20000-rows.xlsx');
    writeFileSync(file, bigWorkbook(20_000, 10));
    await page.getByTestId('file-input').setInputFiles(file);
    // The stage shows while the worker opens the file (it reads, unzips, then lays out the sheet).
    await page.getByText(/Đang mở “e2e-20000-rows\.xlsx”: (đọc tệp|giải nén|dựng trang tính)…/).waitFor();
    await page.locator('.bar .file', { hasText: 'e2e-20000-rows.xlsx' }).waitFor({ timeout: 30000 });
    expect(await page.getByText(/Đang mở/).count()).toBe(0);
    await page.locator('.grid').evaluate(
      (el) =>
        new Promise<void>((done) => {
          // The grid runs 200 empty rows of 20 px past the last used one: row 20,000 sits that far above the end.
          el.scrollTop = el.scrollHeight - 200 * 20 - el.clientHeight / 2;
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        }),
    );
    await expect(cell('A20000').innerText()).resolves.toBe('Đơn vị 20000');
    await expect(cell('J20000').innerText()).resolves.toBe(String((20_000 * 31 + 9 * 7) % 1000));
    // An edit shows as typed at once, then as the file stores it once the worker has written it.
    await cell('B20000').dblclick();
    await page.getByRole('textbox', { name: 'Sửa ô B20000' }).fill('1.234');
    await page.keyboard.press('Enter');
    await expect(cell('B20000').innerText()).resolves.toBe('1.234');
    await page.locator('.grid .c.pending').waitFor({ state: 'detached' });
    expect(await cell('B20000').innerText()).toBe('1.234');
    expect(await cell('B20000').getAttribute('class')).toContain('num');
  });

  test('a workbook typed in TCVN3: Chuyển sang Unicode in the pane, and the download carries the Unicode text in Times New Roman', async () => {
    const tally = buildUnits('tally').sheet;
    const file = join(OUT, 'e2e-tcvn3.xlsx');
    writeFileSync(file, await legacyXlsx({ sheets: [tally] }, 'tcvn3'));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('.bar').getByText('e2e-tcvn3.xlsx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('button', { name: 'Chuyển sang Unicode', exact: true }).click();
    await page.getByText(/Đã chuyển \d+ ô từ bảng mã TCVN3 \(ABC\) sang Unicode/).waitFor();
    await page.getByRole('button', { name: 'Hoàn tác', exact: true }).waitFor();
    await shot('8-unicode');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    const path = join(OUT, 'e2e-unicode.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(tally.name)!;
    let texts = 0;
    tally.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v !== 'string' || v === '') return;
        const c = ws.getCell(tally.origin.row + i, tally.origin.col + j);
        if (c.master.address !== c.address) return;
        texts++;
        expect([c.address, c.text]).toEqual([c.address, v]);
        expect([c.address, c.font?.name]).toEqual([c.address, 'Times New Roman']);
      }),
    );
    expect(texts).toBeGreaterThan(20);
  });

  test('every design token the built task pane uses is in its cut-down theme (npm run theme)', () => {
    const dir = join(ROOT, 'dist', 'addin');
    const js = readdirSync(dir)
      .filter((f) => /^taskpane\..*\.js$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const used = referencedTokens(js);
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((n) => !(n in PANE_THEME))).toEqual([]);
  });

  test('the page logged no error and asked for nothing outside localhost; usable fast', () => {
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    // The figure for the notes is written to test/output/e2e-ready-ms.txt; this bound only
    // catches a page that hangs.
    expect(readyMs).toBeLessThan(15000);
  });
});

/**
 * The pane's figures for `npm run bench`: the task pane's JavaScript gzipped against its 110 KiB
 * budget, and the time from pressing Kiểm tra to the first finding on screen in the preview on the
 * sample workbook, in Chromium with the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate); and
 * the longest main-thread task while the preview opens a 20,000 × 10 workbook (bound 200 ms).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bigWorkbook } from '../helpers/big-workbook';
import { performance } from 'perf_hooks';
import { gzipSync } from 'zlib';

const BUDGET_KIB = 110;
const GOAL_MS = 1000;
const LONG_TASK_MS = 200;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Gzipped size of the built task pane JavaScript, in KiB, or null when not built. */
export function paneGzipKiB(dir: string): number | null {
  if (!existsSync(dir)) return null;
  const js = readdirSync(dir).filter((f) => /^taskpane\..*\.js$/.test(f));
  if (js.length === 0) return null;
  return js.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1024;
}

type Page = import('playwright-core').Page;
type Context = import('playwright-core').BrowserContext;

/**
 * Runs `measure` `runs` times, each in a fresh Chromium context on the built preview, and returns its
 * figures; null when Chromium or the build is missing.
 */
export async function inPreview(
  runs: number,
  measure: (page: Page, context: Context, url: string) => Promise<number>,
): Promise<number[] | null> {
  const dir = join(__dirname, '..', '..', 'addin');
  const { CHROMIUM, launchChromium } = await import('../helpers/chromium');
  if (!existsSync(CHROMIUM) || !existsSync(join(dir, 'preview.html'))) return null;
  const { servePreview } = await import('../../src/preview/serve');
  const server = await servePreview(0, dir);
  const port = (server.address() as { port: number }).port;
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'vi-VN' });
      times.push(await measure(await context.newPage(), context, `http://127.0.0.1:${port}/preview.html`));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times;
}

export async function paneFigures(runs = 5): Promise<void> {
  const dir = join(__dirname, '..', '..', 'addin');
  const kib = paneGzipKiB(dir);
  console.log(
    kib === null
      ? 'pane: not built (run `npm run build:addin`)'
      : `pane JavaScript: ${kib.toFixed(1)} KiB gzip, budget ${BUDGET_KIB} KiB (ratio ${(kib / BUDGET_KIB).toFixed(2)})`,
  );
  const times = await inPreview(runs, async (page, context, url) => {
    await page.goto(url);
    const button = page.getByRole('button', { name: 'Kiểm tra', exact: true });
    await button.waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = performance.now();
    await button.click();
    await page.locator('.finding').first().waitFor({ timeout: 30000 });
    const t = performance.now() - t0;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return t;
  });
  if (!times) return console.log('pane first findings: Chromium or the build is missing');
  const m = median(times);
  console.log(
    `pane first findings after Kiểm tra at 4× CPU slowdown: median ${m.toFixed(0)} ms over ${runs} runs, goal ${GOAL_MS} ms (ratio ${(m / GOAL_MS).toFixed(2)})`,
  );
}

/** The longest main-thread task (PerformanceObserver 'longtask') from choosing a 20,000-row file until its sheet is drawn. */
export async function openFigures(runs = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-open-bench-'));
  const file = join(dir, 'du-lieu-20000.xlsx');
  writeFileSync(file, bigWorkbook(20_000, 10));
  const longest: number[] = [];
  try {
    const times = await inPreview(runs, async (page, _context, url) => {
      await page.goto(url);
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = performance.now();
      await page.getByTestId('file-input').setInputFiles(file);
      await page.locator('.bar .file', { hasText: 'du-lieu-20000.xlsx' }).waitFor({ timeout: 60000 });
      await page.locator('.grid [data-cell="A1"]', { hasText: 'Đơn vị 1' }).waitFor();
      const t = performance.now() - t0;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
      return t;
    });
    if (!times) return console.log('preview open: Chromium or the build is missing');
    const l = median(longest);
    console.log(
      `preview opening a 20,000 × 10 workbook: drawn in median ${median(times).toFixed(0)} ms; longest main-thread task median ${l.toFixed(0)} ms over ${runs} runs, bound ${LONG_TASK_MS} ms (ratio ${(l / LONG_TASK_MS).toFixed(2)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

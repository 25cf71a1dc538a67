/**
 * `npm run bench`: figures for the closing notes, measured in one run on this machine.
 *  1. the seed appendix checked in-process (median of many runs);
 *  2. `cchc check` on 200 copies of the seed workbook against ExcelJS merely loading them (the ratio);
 *  3. `cchc consolidate` on 700 district workbooks against `cchc check` on them, and its peak memory at 700 against 70.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { check } from '../../src/core';
import { officeFigures } from './office';
import { buildAppendix } from '../fixtures/appendix';
import { benchKinds } from './kinds';
import { snapshotToXlsx } from '../helpers/xlsx';
import { xlsxBench } from './xlsx';
import { inPreview, openFigures, paneFigures } from './pane';
import { consolidateBench } from './consolidate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeProcess(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const t = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return t;
}

/** Seconds from opening the preview to the Kiểm tra button on screen, in Chromium (median of runs). */
async function previewReady(runs: number): Promise<void> {
  const times = await inPreview(runs, async (page, _context, url) => {
    const t0 = performance.now();
    await page.goto(url);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
    return performance.now() - t0;
  });
  if (!times) return console.log('preview: Chromium or the build is missing, not measured');
  console.log(
    `preview usable (Kiểm tra on screen), fresh context each time: median ${median(times).toFixed(0)} ms over ${runs} runs (goal < 2000 ms)`,
  );
}

async function main(): Promise<void> {
  await previewReady(7);
  await officeFigures();
  await paneFigures();
  await openFigures();

  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const copies = Number(process.env.BENCH_FILES ?? 200);

  // 1. In-process.
  const snapshot = buildAppendix().workbook;
  for (let i = 0; i < 20; i++) check(snapshot);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    check(snapshot);
    times.push(performance.now() - t0);
  }
  console.log(`check(seed appendix) in-process: median ${median(times).toFixed(2)} ms over ${times.length} runs (goal < 20 ms)`);
  benchKinds();

  // 2. 200 files: the CLI against ExcelJS's load alone, interleaved so both see the same machine.
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    const bytes = await snapshotToXlsx(buildAppendix({ edits: { '2.5.3': { value: '' } } }).workbook);
    const files = Array.from({ length: copies }, (_, i) => join(dir, `huyen-${String(i + 1).padStart(3, '0')}.xlsx`));
    for (const f of files) writeFileSync(f, bytes);
    const cli = join(__dirname, '..', '..', 'src', 'cli', 'main.js');
    const loadOnly = join(__dirname, 'load-only.js');
    const a: number[] = [];
    const b: number[] = [];
    timeProcess([loadOnly, ...files.slice(0, 5)]);
    for (let i = 0; i < runs; i++) {
      b.push(timeProcess([loadOnly, ...files]));
      a.push(timeProcess([cli, 'check', ...files, '--json']));
    }
    const [ma, mb] = [median(a), median(b)];
    console.log(`ExcelJS load only, ${copies} files: median ${mb.toFixed(0)} ms over ${runs} runs`);
    console.log(`cchc check --json, ${copies} files: median ${ma.toFixed(0)} ms over ${runs} runs`);
    console.log(`ratio cchc / load: ${(ma / mb).toFixed(3)} (goal ≤ 1.2)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await xlsxBench(Number(process.env.BENCH_XLSX_RUNS ?? 5));
  await consolidateBench(Number(process.env.BENCH_CONSOLIDATE_RUNS ?? 5));
}

void main();

/**
 * The .xlsx engine's figures: `cchc check` on 200 and 2,000 copies of the sample workbook against
 * (a) ExcelJS merely loading the same files and (b) a minimal reader (unzip + scan of the sheet XML),
 * interleaved so all of them see the same machine; and the CLI's peak memory at 200 and at 2,000 files.
 * The CLI runs twice per round: with its default text report and with the JSON report (`--json`).
 * Then where one file's time goes, stage by stage, in-process once the code is warm.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import '../../src/cli/native';
import { check, locateTables } from '../../src/core';
import { createPackagePort } from '../../src/xlsx/package-port';
import { scanCells } from './scan';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time (ms) and peak resident memory (KiB, from /usr/bin/time when present) of one process. */
function run(args: string[]): { ms: number; kib: number | null } {
  const useTime = spawnSync('/usr/bin/time', ['--version'], { stdio: 'ignore' }).status === 0;
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv as string[], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.slice(0, 2).join(' ')} failed: ${r.stderr}`);
  const last = String(r.stderr).trim().split('\n').pop() ?? '';
  return { ms, kib: useTime && /^\d+$/.test(last) ? Number(last) : null };
}

export async function xlsxBench(runs: number): Promise<void> {
  const root = join(__dirname, '..', '..');
  const sample = join(root, '..', 'assets', 'sample-district-2021.xlsx');
  const cli = join(root, 'src', 'cli', 'main.js');
  const excel = join(__dirname, 'load-only.js');
  const scan = join(__dirname, 'scan-only.js');
  const peaks: Record<number, number | null> = {};
  for (const copies of [200, 2000]) {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-xlsx-bench-'));
    try {
      const files = Array.from({ length: copies }, (_, i) => join(dir, `huyen-${String(i + 1).padStart(4, '0')}.xlsx`));
      for (const f of files) copyFileSync(sample, f);
      const t = { cli: [] as number[], text: [] as number[], excel: [] as number[], scan: [] as number[] };
      let peak: number | null = null;
      run([scan, ...files.slice(0, 5)]);
      for (let i = 0; i < runs; i++) {
        t.scan.push(run([scan, ...files]).ms);
        t.excel.push(run([excel, ...files]).ms);
        t.text.push(run([cli, 'check', ...files]).ms);
        const c = run([cli, 'check', '--json', ...files]);
        t.cli.push(c.ms);
        if (c.kib !== null) peak = Math.max(peak ?? 0, c.kib);
      }
      peaks[copies] = peak;
      const [mc, mt, me, ms] = [median(t.cli), median(t.text), median(t.excel), median(t.scan)];
      // Ratios taken round by round (the four commands of a round see the same machine), then their median.
      const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i])).toFixed(2);
      console.log(
        `.xlsx, ${copies} files, median of ${runs}: cchc check --json ${mc.toFixed(0)} ms | cchc check (text) ${mt.toFixed(0)} ms` +
          ` | ExcelJS load ${me.toFixed(0)} ms | unzip+scan ${ms.toFixed(0)} ms` +
          ` | cchc/ExcelJS ${ratio(t.cli, t.excel)} json, ${ratio(t.text, t.excel)} text (goal ≤ 0.5)` +
          ` | cchc/scan ${ratio(t.cli, t.scan)} json, ${ratio(t.text, t.scan)} text (goal ≤ 3)` +
          (peak !== null ? ` | cchc peak ${(peak / 1024).toFixed(0)} MiB` : ''),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (peaks[200] && peaks[2000]) console.log(`.xlsx peak memory 2,000 / 200 files: ${(peaks[2000] / peaks[200]).toFixed(2)} (goal ≤ 1.2)`);
  await stages(sample);
}

/**
 * Where one file's time goes once the code is warm: the CLI's steps for a file, timed one by one over
 * the sample read from disk each time (so nothing is reused between files), against the
 * minimal reader's own work on the same bytes. Medians of rounds of STAGE_FILES files.
 */
async function stages(sample: string): Promise<void> {
  const STAGE_FILES = 500;
  const names = ['read', 'open', 'probe', 'locate', 'load', 'check', 'JSON report', 'text report', 'unzip+scan'] as const;
  const rounds: Record<(typeof names)[number], number>[] = [];
  const { renderText } = await import('../../src/cli/text');
  for (let round = 0; round < 7; round++) {
    const sum = Object.fromEntries(names.map((n) => [n, 0])) as Record<(typeof names)[number], number>;
    for (let i = 0; i < STAGE_FILES; i++) {
      let t = performance.now();
      const lap = (n: (typeof names)[number]) => {
        const now = performance.now();
        sum[n] += now - t;
        t = now;
      };
      const data = readFileSync(sample);
      lap('read');
      const port = createPackagePort(data);
      lap('open');
      const probe = await port.probe();
      lap('probe');
      const regions = locateTables(probe);
      lap('locate');
      const snapshot = await port.load(regions);
      lap('load');
      const report = check(snapshot, { file: sample, lang: 'vi' });
      lap('check');
      Buffer.from(JSON.stringify(report));
      lap('JSON report');
      Buffer.from(renderText(report, 'vi'));
      lap('text report');
      const cells = scanCells(data);
      if (cells === 0) throw new Error('the sample has no cells');
      lap('unzip+scan');
    }
    if (round > 0) rounds.push(sum); // the first round warms the code
  }
  const per = (n: (typeof names)[number]) => median(rounds.map((r) => r[n])) / STAGE_FILES;
  const engine = names.slice(0, 6).reduce((s, n) => s + per(n), 0);
  console.log(
    `.xlsx, one file warm (ms, median of ${rounds.length} rounds of ${STAGE_FILES}): ` +
      names.map((n) => `${n} ${per(n).toFixed(3)}`).join(' | ') +
      ` | read…check ${engine.toFixed(3)} = ${(engine / per('unzip+scan')).toFixed(1)} × unzip+scan`,
  );
}

/**
 * The .xlsx engine's figures: `cchc check` on 200 and 2,000 copies of the sample workbook against
 * (a) ExcelJS merely loading the same files and (b) a minimal reader (unzip + scan of the sheet XML),
 * interleaved so all three see the same machine; and the CLI's peak memory at 200 and at 2,000 files.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';

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
      const t = { cli: [] as number[], excel: [] as number[], scan: [] as number[] };
      let peak: number | null = null;
      run([scan, ...files.slice(0, 5)]);
      for (let i = 0; i < runs; i++) {
        t.scan.push(run([scan, ...files]).ms);
        t.excel.push(run([excel, ...files]).ms);
        const c = run([cli, 'check', '--json', ...files]);
        t.cli.push(c.ms);
        if (c.kib !== null) peak = Math.max(peak ?? 0, c.kib);
      }
      peaks[copies] = peak;
      const [mc, me, ms] = [median(t.cli), median(t.excel), median(t.scan)];
      console.log(
        `.xlsx, ${copies} files, median of ${runs}: cchc check ${mc.toFixed(0)} ms | ExcelJS load ${me.toFixed(0)} ms | unzip+scan ${ms.toFixed(0)} ms` +
          ` | cchc/ExcelJS ${(mc / me).toFixed(2)} (goal ≤ 0.5) | cchc/scan ${(mc / ms).toFixed(2)} (goal ≤ 3)` +
          (peak !== null ? ` | cchc peak ${(peak / 1024).toFixed(0)} MiB` : ''),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (peaks[200] && peaks[2000]) console.log(`.xlsx peak memory 2,000 / 200 files: ${(peaks[2000] / peaks[200]).toFixed(2)} (goal ≤ 1.2)`);
}

/**
 * `cchc consolidate`'s figures: on 700 district workbooks built from the seed appendix (each with its
 * own office and figures, every fifth with a scoring sheet), its time against `cchc check` on the same
 * 700 files (goal ≤ 1.3), and its peak memory at 700 files against 70 (goal ≤ 1.2). Every measurement
 * is a separate process whose peak resident memory it reports itself on exit (test/bench/max-rss.ts);
 * the commands of a round run one after another so they see the same machine; medians of the rounds.
 *
 *   node dist/test/bench/consolidate.js   (BENCH_CONSOLIDATE_RUNS rounds, 5 by default)
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { district, districtWorkbook } from '../fixtures/districts';
import { snapshotToXlsx } from '../helpers/xlsx';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const cli = join(__dirname, '..', '..', 'src', 'cli', 'main.js');
const maxRss = join(__dirname, 'max-rss.js');

/** Wall time (ms) and peak resident memory (KiB) of one `cchc` process. */
function measure(args: string[], rssFile: string): { ms: number; kib: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', maxRss, cli, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CCHC_BENCH_RSS: rssFile },
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cchc ${args[0]} failed (${r.status}): ${r.stderr}`);
  return { ms, kib: Number(readFileSync(rssFile, 'utf8')) };
}

/** The district workbooks: all different (office, figures), every fifth scored by the council. */
async function districts(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = join(dir, `huyen-${String(i).padStart(3, '0')}.xlsx`);
    writeFileSync(file, await snapshotToXlsx(districtWorkbook(district(i, `Huyện ${i}`), i % 5 === 0 ? i % 3 : undefined)));
    files.push(file);
  }
  return files;
}

export async function consolidateBench(runs: number, many = 700, few = 70): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-consolidate-bench-'));
  try {
    const files = await districts(dir, many);
    const out = join(dir, 'tinh.xlsx');
    const rss = join(dir, 'rss');
    const consolidate = (n: number) => measure(['consolidate', ...files.slice(0, n), '-o', out, '--force', '--json'], rss);
    const check = (n: number) => measure(['check', ...files.slice(0, n), '--json'], rss);
    consolidate(few); // warms the disk cache and the compiled code's cache
    const t = { check: [] as number[], many: [] as number[], few: [] as number[] };
    const m = { check: [] as number[], many: [] as number[], few: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const [k, f] of [
        ['check', () => check(many)],
        ['many', () => consolidate(many)],
        ['few', () => consolidate(few)],
      ] as const) {
        const r = f();
        t[k].push(r.ms);
        m[k].push(r.kib);
      }
    }
    // Ratios taken round by round (the commands of a round see the same machine), then their median.
    const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i])).toFixed(2);
    const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
    console.log(
      `consolidate, median of ${runs}: ${many} files ${median(t.many).toFixed(0)} ms | cchc check --json, same ${many} files ${median(t.check).toFixed(0)} ms` +
        ` | consolidate/check ${ratio(t.many, t.check)} (goal ≤ 1.3)`,
    );
    console.log(
      `consolidate peak memory, median of ${runs}: ${few} files ${mib(median(m.few))} | ${many} files ${mib(median(m.many))}` +
        ` | ${many}/${few} ${ratio(m.many, m.few)} (goal ≤ 1.2) | cchc check, ${many} files ${mib(median(m.check))}` +
        ` | consolidate ${few} files ${median(t.few).toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void consolidateBench(Number(process.env.BENCH_CONSOLIDATE_RUNS ?? 5));

/**
 * Figures for the table kinds: check() on each seed table and on a workbook holding three kinds, and
 * what trying every kind on every sheet costs the appendix (all kinds against the appendix alone).
 */
import { performance } from 'perf_hooks';
import { WorkbookSnapshot, check } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { buildUnits } from '../fixtures/units';

function medianOf(runs: number, f: () => void): number {
  for (let i = 0; i < 20; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

export function benchKinds(runs = 200): void {
  const cases: [string, WorkbookSnapshot][] = [
    ['seed 002 tally', buildUnits('tally').workbook],
    ['seed 000 satisfaction', buildUnits('satisfaction').workbook],
    ['seed 003 SIPAS', buildUnits('sipas').workbook],
    ['appendix + tally + SIPAS', { sheets: [buildAppendix().sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet] }],
  ];
  for (const [label, wb] of cases)
    console.log(`check(${label}): median ${medianOf(runs, () => check(wb)).toFixed(3)} ms over ${runs} runs`);
  const appendix = buildAppendix().workbook;
  const alone = medianOf(runs, () => check(appendix, { kinds: [] }));
  const all = medianOf(runs, () => check(appendix));
  console.log(
    `check(seed appendix): appendix kind only ${alone.toFixed(3)} ms, every kind ${all.toFixed(3)} ms (medians over ${runs} runs), ratio ${(all / alone).toFixed(2)}`,
  );
}

if (require.main === module) benchKinds();

/** Runs the CLI in-process on real files, collecting what it prints. */
import { readFileSync, writeFileSync } from 'fs';
import { run } from '../../src/cli/main';

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: async (p) => readFileSync(p),
    writeFile: async (p, d) => writeFileSync(p, d),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/**
 * `cchc rubric IN.xlsx -o OUT.xlsx [--lang vi|en]`: adds the scoring sheet "Thang điểm" from the
 * default criteria tree, or refreshes one the product made (keeping the scores typed in it), like
 * the pane's Thang điểm button; never writes over IN, never replaces a sheet the user made.
 */
import { resolve } from 'path';
import { CliMessage, Lang, cliBoth, cliMessage, planRubricSheet, refusalText } from '../core';
import { readTables } from '../app/session';
import { createPackagePort } from '../xlsx/package-port';
import { CliIO, ioMessage } from './io';

/** A usage mistake: both languages, since the language may be what is wrong. */
function usage(io: CliIO, m: CliMessage): number {
  const { vi, en } = cliBoth(m);
  io.err(`cchc: ${vi} / ${en}\n${cliMessage({ code: 'usage' }, 'vi')}`);
  return 2;
}

export async function runRubric(argv: string[], io: CliIO): Promise<number> {
  let input: string | null = null;
  let output: string | null = null;
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      output = argv[++i] ?? null;
      if (output === null || output.startsWith('-')) return usage(io, { code: 'needs-value', option: a });
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'vi' && v !== 'en') return usage(io, { code: 'bad-lang' });
      lang = v;
    } else if (a.startsWith('-')) return usage(io, { code: 'unknown-option', option: a });
    else if (input === null) input = a;
    else return usage(io, { code: 'rubric-args' });
  }
  if (!input || !output) return usage(io, { code: 'rubric-args' });
  if (resolve(input) === resolve(output)) {
    io.err(`cchc: ${cliMessage({ code: 'same-output' }, lang)}`);
    return 2;
  }
  try {
    const port = createPackagePort(await io.readFile(input));
    const r = planRubricSheet(await readTables(port));
    if (!r.ok) {
      io.err(`cchc: ${input}: ${refusalText(r, lang)}`);
      return 2;
    }
    await port.apply(r.plan);
    await io.writeFile(output, port.bytes());
    const sheet = r.plan.newSheet!;
    const criteria = sheet.rows.filter((row, i) => i >= sheet.freezeRows && typeof row[3] === 'number').length;
    io.out(cliMessage({ code: 'rubric-done', sheet: sheet.name, refreshed: r.refreshed === true, criteria, output }, lang));
    return 0;
  } catch (e) {
    io.err(`cchc: ${input}: ${ioMessage(e)[lang]}`);
    return 2;
  }
}

/**
 * `cchc rubric IN.xlsx -o OUT.xlsx [--force] [--lang vi|en]`: adds the scoring sheet "Thang điểm"
 * from the default criteria tree, or refreshes one the product made (keeping the scores typed in
 * it), like the pane's Thang điểm button; writes through the same verified save as `fix`: never
 * over IN (through a link either), never over an existing OUT without --force, never replacing a
 * sheet the user made.
 */
import { CliMessage, Lang, cliBoth, cliMessage } from '../core';
import { scoringSheet } from '../app/actions';
import { CliIO } from './io';
import { mustDo, runWrite } from './write';

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
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      output = argv[++i] ?? null;
      if (output === null || output.startsWith('-')) return usage(io, { code: 'needs-value', option: a });
    } else if (a === '--force') force = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'vi' && v !== 'en') return usage(io, { code: 'bad-lang' });
      lang = v;
    } else if (a.startsWith('-')) return usage(io, { code: 'unknown-option', option: a });
    else if (input === null) input = a;
    else return usage(io, { code: 'rubric-args' });
  }
  if (!input || !output) return usage(io, { code: 'rubric-args' });
  const file = input;
  return runWrite(
    { input, output, force, lang, check: { lang, file }, errorsExit: false },
    io,
    async (port) => mustDo(await scoringSheet(port, { mode: 'refresh' }), file).notes,
  );
}
